// What a session comes to, from the rules in model.ts: the transcript of lines seen, the three roles' scores, the
// debrief (the round summary the shell shows, with each decision's concept and mix-up) and the method's recap.
import { compose, type LocalText } from '../../core/i18n';
import { starsFor, type RoundSummary, type SummaryItem, type Verdict } from '../../core/round';
import { methodKey, roleKey, strings } from './strings';
import { NARRATOR, ROLES, YOU, nodeById, type Choice, type Method, type Quality, type Role, type Scenario } from './schema';
import { TONE_SCORE, clamp, endingOf, type FacState, type Scores } from './model';

const VERDICT: Readonly<Record<Quality, Verdict>> = { best: 'right', ok: 'partial', poor: 'wrong' };

export interface TranscriptLine {
  kind: 'line' | 'prompt' | 'choice' | 'consequence' | 'ending';
  /** "narrator", "you" or a cast id. */
  speaker: string;
  /** The cast member's name; null for the narrator and for you (the view names "You" from strings). */
  name: LocalText | null;
  text: LocalText;
}

export function speakerName(scenario: Scenario, speaker: string): LocalText | null {
  if (speaker === NARRATOR || speaker === YOU) return null;
  return scenario.cast.find((c) => c.id === speaker)?.name ?? null;
}

/** Everything seen so far, oldest first, the current node last. */
export function transcriptLines(scenario: Scenario, state: FacState): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  for (const e of state.transcript) {
    const node = nodeById(scenario.nodes, e.node);
    if (!node) continue;
    if (e.kind === 'choice') {
      const c = node.choices?.[e.choiceIndex];
      if (!c) continue;
      out.push({ kind: 'choice', speaker: YOU, name: null, text: c.text });
      out.push({ kind: 'consequence', speaker: NARRATOR, name: null, text: c.consequence });
    } else if (node.ending) {
      out.push({ kind: 'ending', speaker: NARRATOR, name: null, text: node.ending.text });
    } else if (node.text && node.speaker !== undefined) {
      out.push({ kind: node.choices ? 'prompt' : 'line', speaker: node.speaker, name: speakerName(scenario, node.speaker), text: node.text });
    }
  }
  return out;
}

function pointsFor(choice: Choice, role: Role): number {
  return choice.effects[role] ?? 0;
}

/**
 * Role score = points gained / the most that role could gain at the decisions actually met (per decision,
 * the largest positive effect among all its choices, locked ones too), so a path of best moves scores 100.
 */
export function scores(scenario: Scenario, state: FacState): Scores {
  const roleScore = (role: Role): number => {
    let max = 0;
    for (const d of state.history) {
      const choices = nodeById(scenario.nodes, d.node)?.choices ?? [];
      max += Math.max(0, ...choices.map((c) => pointsFor(c, role)));
    }
    const points = state.meters[role];
    // A role with nothing to gain on this path is perfect unless points were lost.
    if (max === 0) return points < 0 ? 0 : 100;
    return clamp(Math.round((100 * points) / max), 0, 100);
  };
  const architect = roleScore('architect');
  const pilot = roleScore('pilot');
  const guide = roleScore('guide');
  const ending = endingOf(scenario, state);
  const tone = ending ? TONE_SCORE[ending.tone] : 0;
  const total = clamp(Math.round(0.25 * architect + 0.25 * pilot + 0.25 * guide + 0.25 * tone), 0, 100);
  return { architect, pilot, guide, total, stars: starsFor(total, scenario.stars) };
}

/** The role a choice mainly builds: its largest positive role effect (first in ROLES on a tie), or null when none. */
export function mainRole(choice: Choice): Role | null {
  let top: Role | null = null;
  for (const r of ROLES) if (pointsFor(choice, r) > 0 && (top === null || pointsFor(choice, r) > pointsFor(choice, top))) top = r;
  return top;
}

/** The debrief: one item per decision (what you did, the better move where it differs, and why). */
export function summary(scenario: Scenario, state: FacState): RoundSummary {
  const items: SummaryItem[] = [];
  for (const d of state.history) {
    const node = nodeById(scenario.nodes, d.node);
    const chosen = node?.choices?.[d.choiceIndex];
    if (!node?.text || !node.choices || !chosen) continue;
    const best = node.choices.find((c) => c.quality === 'best') ?? chosen;
    const item: SummaryItem = {
      title: node.text,
      verdict: VERDICT[chosen.quality],
      answer: chosen.text,
      explanation: best === chosen ? chosen.explanation : compose(strings.local('debrief.bothWhys'), { chosen: chosen.explanation, better: best.explanation }),
    };
    if (best !== chosen) item.expected = best.text;
    const fits = mainRole(best);
    item.concept = fits ? strings.local(roleKey(fits)) : strings.local(methodKey(scenario.method));
    // A mix-up in role terms only where the weaker move mainly built another role than the one that fitted.
    const did = best === chosen ? null : mainRole(chosen);
    if (fits && did && did !== fits) item.mixup = { chosen: strings.local(roleKey(did)), fits: strings.local(roleKey(fits)) };
    items.push(item);
  }
  const s = scores(scenario, state);
  const ending = endingOf(scenario, state);
  const out: RoundSummary = {
    score: s.total,
    maxScore: 100,
    stars: s.stars,
    items,
    // A facilitation move is best, workable or weak, not right or wrong.
    labels: {
      right: strings.local('debrief.best'),
      partial: strings.local('debrief.ok'),
      wrong: strings.local('debrief.poor'),
      expected: strings.local('label.better'),
    },
  };
  if (ending) out.headline = ending.title;
  return out;
}

/** The method's steps, shown after the debrief; `method` names it through strings.ts ("method.world-cafe"). */
export function recap(scenario: Scenario): { method: Method; steps: readonly LocalText[] } {
  return { method: scenario.method, steps: scenario.recap };
}
