// The facilitator role-play for a workshop room (core/room has the rules): the scenario's decisions along its best
// path, each with what was just said, the choices as A to D in the order the game deals them, credit by quality
// (best full, workable half), and the why of each. The room follows the best path, so every team meets the same
// decisions, and the debrief compares the room's choices with it. Pure.
import { localize, type LocalText } from '../../core/i18n';
import type { BaseLevel } from '../sdk/types';
import type { RoomDeck, RoomGame, RoomItem } from '../sdk/room';
import { NARRATOR, YOU, nodeKind, type Quality, type Scenario, type ScenarioNode } from './schema';
import { apply, availableChoices, currentNode, start, type FacState } from './model';
import { strings as t } from './strings';
import { isInvalid } from '../../core/round';

const LETTERS = ['a', 'b', 'c', 'd'] as const;
const CREDIT: Record<Quality, number> = { best: 1, ok: 0.5, poor: 0 };
/** Lines of dialogue kept before a decision: what the room needs to decide, not the whole transcript. */
const CONTEXT_LINES = 3;
/** A scenario cannot be longer than its nodes; this stops a walk that would not end. */
const MAX_STEPS = 500;

function speaker(scenario: Scenario, node: ScenarioNode): string {
  const sp = node.speaker;
  if (sp === undefined || sp === NARRATOR) return '';
  if (sp === YOU) return t('speaker.you');
  const c = scenario.cast.find((m) => m.id === sp);
  return c ? localize(c.name) : '';
}

function line(scenario: Scenario, node: ScenarioNode): string {
  const who = speaker(scenario, node);
  const text = node.text ? localize(node.text) : '';
  return who ? t('room.line', { speaker: who, text }) : text;
}

function deck(level: BaseLevel): RoomDeck {
  const scenario = level as Scenario;
  const items: RoomItem[] = [];
  let s: FacState = start(scenario);
  let context: string[] = [localize(scenario.setting)];
  for (let step = 0; step < MAX_STEPS; step++) {
    const node = currentNode(scenario, s);
    const kind = nodeKind(node);
    if (kind === 'ending') break;
    if (kind === 'line') {
      context.push(line(scenario, node));
      const next = apply(scenario, s, { type: 'continue' });
      if (isInvalid(next)) break;
      s = next;
      continue;
    }
    const open = availableChoices(scenario, s)
      .filter((o) => !o.locked)
      .slice(0, LETTERS.length);
    const options = open.map((_, i) => LETTERS[i]!);
    const credit: Record<string, number> = {};
    open.forEach((o, i) => (credit[options[i]!] = CREDIT[o.choice.quality]));
    const optionText: Record<string, string> = {};
    open.forEach((o, i) => (optionText[options[i]!] = localize(o.choice.text)));
    const ranked = open.map((o, i) => ({ o, id: options[i]! })).sort((a, b) => CREDIT[b.o.choice.quality] - CREDIT[a.o.choice.quality]);
    const best = ranked[0];
    items.push({
      id: s.node,
      options,
      credit,
      text: [...context.slice(-CONTEXT_LINES), line(scenario, node)].join('\n'),
      optionText,
      accepted: ranked
        .filter((r) => CREDIT[r.o.choice.quality] > 0)
        .map((r) => ({ option: r.id, credit: CREDIT[r.o.choice.quality], why: `${localize(r.o.choice.text)} ${localize(r.o.choice.explanation)}` })),
      explanation: best ? localize(best.o.choice.consequence) : '',
      notes: ranked
        .filter((r) => CREDIT[r.o.choice.quality] === 0)
        .map((r) => t('room.whyNot', { letter: r.id.toUpperCase(), why: localize(r.o.choice.explanation) })),
      discussion: [t('room.q.role'), t('room.q.own')],
    });
    if (!best) break;
    const next = apply(scenario, s, { type: 'choose', index: best.o.index });
    if (isInvalid(next)) break;
    s = next;
    context = [localize(best.o.choice.consequence)];
  }
  const discussion: LocalText[] = scenario.discussion ?? [];
  return {
    question: t('room.question'),
    options: LETTERS.map((l) => ({ id: l, label: l.toUpperCase(), mark: l.toUpperCase() })),
    items,
    discussion: discussion.map((q) => localize(q)),
    unit: 'decision',
  };
}

export const facilitatorRoom: RoomGame = { deck };
