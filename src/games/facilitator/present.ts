// Pure presenter of the facilitator role-play: (scenario, state, what the view shows) -> every word the player sees
// or hears, already in the current language. No Phaser, no DOM; tested in Node (tests/unit/games/facilitator/).
// Texts are combined only by core/i18n's one rule (compose, composeList), then resolved once with localize().
import { compose, composeList, localize, type LocalText } from '../../core/i18n';
import * as M from './model';
import * as R from './results';
import type { FacState } from './model';
import * as S from './standing';
import type { Standing } from './standing';
import { METERS, NARRATOR, ROLES, YOU, nodeKind, type Choice, type Meter, type Portrait, type Scenario, type ScenarioNode, type Tone } from './schema';
import { clockText, lockText, meterKey, methodKey, roleKey, servesKey, strings as t, type FacilitatorStringKey } from './strings';

/** What the screen shows: the setting before the first node, the current node, or the consequence just chosen. */
export type Phase = 'intro' | 'node' | 'outcome';

/** The view's own selection; not saved. */
export interface Selection {
  phase: Phase;
  transcriptOpen: boolean;
}

/** A colour by meaning; components map it to the palette. */
export type Ink = 'ink' | 'soft' | Tone;

/** One block of text in a panel; sizes are names from the layout's type scale. */
export interface Piece {
  text: string;
  size: 'small' | 'body' | 'large';
  bold?: boolean;
  ink?: Ink;
}

/** A panel of pieces; `label` names it when it has to become a scrolling DOM panel. */
export interface TextBlock {
  id: 'intro' | 'line' | 'outcome' | 'ending';
  label: string;
  pieces: Piece[];
}

/** One meter: a 0..100 bar, its number and a word (so the meter never relies on colour). */
export interface MeterView {
  meter: Meter;
  name: string;
  /** 0..100 for the bar, or null when there is nothing to show yet. */
  value: number | null;
  num: string;
  word: string;
  warn: boolean;
  /** The head line: the name, or the warning when there is one. */
  head: string;
  /** The name with its word, drawn instead of `head` where it fits. */
  headWithWord: string | null;
}

export interface SpeakerView {
  name: string;
  role: string;
  portrait: Portrait | null;
}

export interface ChoiceView {
  id: string;
  index: number;
  label: string;
  /** The number shown beside it, or ✕ when locked. */
  badge: string;
  locked: boolean;
  /** "Not available: ..." when locked. */
  lock: string | null;
}

export interface ButtonView {
  id: string;
  /** The accessible name. */
  label: string;
  /** What the canvas shows (may add an arrow). */
  shown: string;
  disabled: boolean;
}

export interface ScoreRow {
  name: string;
  value: number;
  /** "80 · strong", or the total's bare number. */
  valueText: string;
  bold: boolean;
}

export interface EndingView {
  block: TextBlock;
  scoresTitle: string;
  rows: ScoreRow[];
  /** The same rows as sentences, for lists and screen readers: "Architect: 80 of 100 (strong)". */
  scoreLines: string[];
  scoresSaid: string;
  recapTitle: string;
  recapHeading: string;
  /** Which step of seek, sense, share the method serves, under its heading. */
  servesHeading: string;
  serves: string;
  steps: string[];
  /** Debrief first (it ends the round), then Restart, Step back and Earlier lines. */
  buttons: ButtonView[];
}

export interface TranscriptView {
  title: string;
  entries: Array<{ who: string; text: string; muted: boolean }>;
  close: ButtonView;
}

export interface FacView {
  /** The current node's id: keys what belongs to this node (a scroll position). */
  nodeId: string;
  mode: 'intro' | 'line' | 'decision' | 'outcome' | 'ending';
  /** The method's name: upright phones put it in the bar instead of the scenario title. */
  method: string;
  /** In METERS order: architect, pilot, guide, trust, energy, clock. */
  meters: MeterView[];
  metersSaid: string;
  /** Who is on stage: the speaker, or you while reading the setting and a consequence. */
  speaker: SpeakerView | null;
  /** "Name, role" as the first piece of the line box, where the stage does not name the speaker. */
  speakerTag: Piece | null;
  block: TextBlock;
  ask: string;
  choices: ChoiceView[];
  continue: ButtonView | null;
  /** Earlier lines and Step back, under the dialogue. */
  footer: ButtonView[];
  ending: EndingView | null;
  transcript: TranscriptView | null;
  announcement: string;
  /** The control to focus after this view is shown. */
  focus: string | null;
}

const say = (key: FacilitatorStringKey, parts?: Readonly<Record<string, string | number | LocalText>>): LocalText => compose(t.local(key), parts);
const word = (key: FacilitatorStringKey): string => t(key);

const STANDING_KEYS: Readonly<Record<Standing, FacilitatorStringKey>> = {
  strong: 'level.strong',
  fair: 'level.fair',
  weak: 'level.weak',
  'not-yet': 'label.notYet',
};
const MOOD_KEYS: Readonly<Record<S.MoodStanding, FacilitatorStringKey>> = { low: 'level.low', steady: 'level.steady', high: 'level.high' };
export const TONE_MARK: Readonly<Record<Tone, string>> = { good: '★', mixed: '◐', poor: '○' };
const TONE_KEYS: Readonly<Record<Tone, FacilitatorStringKey>> = { good: 'tone.good', mixed: 'tone.mixed', poor: 'tone.poor' };

const button = (id: string, key: FacilitatorStringKey, shownKey: FacilitatorStringKey = key, disabled = false): ButtonView => ({
  id,
  label: word(key),
  shown: word(shownKey),
  disabled,
});

function meters(scenario: Scenario, state: FacState): MeterView[] {
  const sc = R.scores(scenario, state);
  return METERS.map((m): MeterView => {
    const name = word(meterKey(m));
    if (m === 'clock') {
      const over = S.isOverTime(scenario, state);
      const w = over ? word('label.overTime') : '';
      const used = state.meters.clock;
      return {
        meter: m,
        name,
        value: Math.min(100, Math.round((100 * used) / scenario.agendaMinutes)),
        num: localize(clockText(used, scenario.agendaMinutes)),
        word: w,
        warn: over,
        head: over ? localize(say('label.warn', { word: t.local('label.overTime') })) : name,
        headWithWord: null,
      };
    }
    const role = ROLES.find((r) => r === m);
    const standing = role ? S.roleStanding(scenario, state, role) : null;
    const shown = standing !== 'not-yet';
    const value = role ? sc[role] : state.meters[m];
    const key = standing ? STANDING_KEYS[standing] : MOOD_KEYS[S.moodStanding(value)];
    return {
      meter: m,
      name,
      value: shown ? value : null,
      num: shown ? String(value) : word('meter.none'),
      word: word(key),
      warn: false,
      head: name,
      headWithWord: shown ? localize(say('label.meterHead', { meter: t.local(meterKey(m)), word: t.local(key) })) : null,
    };
  });
}

function metersSaid(cells: MeterView[]): string {
  const items = cells.map((c) =>
    c.word ? say('say.meterWord', { meter: c.name, value: c.num, word: c.word }) : say('say.meter', { meter: c.name, value: c.num }),
  );
  return localize(say('say.meters', { list: composeList(items, 'unit') }));
}

function speakerOf(scenario: Scenario, node: ScenarioNode): { name: LocalText; role: LocalText | null; portrait: Portrait | null } | null {
  const sp = node.speaker;
  if (sp === undefined) return null;
  if (sp === NARRATOR) return { name: t.local('speaker.narrator'), role: null, portrait: null };
  if (sp === YOU) return { name: t.local('speaker.you'), role: null, portrait: 'facilitator' };
  const c = scenario.cast.find((m) => m.id === sp);
  return c ? { name: c.name, role: c.role, portrait: c.portrait } : null;
}

/** "+10 trust, +5 min": what a choice moved, in the language's list style. */
function effectsText(choice: Choice): LocalText | null {
  const e = choice.effects;
  const parts: LocalText[] = [];
  for (const m of ['architect', 'pilot', 'guide', 'trust', 'energy'] as const) {
    const v = e[m];
    if (v) parts.push(say(v > 0 ? 'delta.up' : 'delta.down', { meter: t.local(meterKey(m)), value: Math.abs(v) }));
  }
  if (e.clock) parts.push(say('delta.clock', { value: e.clock }));
  return parts.length ? composeList(parts, 'unit') : null;
}

function ending(scenario: Scenario, state: FacState): EndingView | null {
  const e = M.endingOf(scenario, state);
  if (!e) return null;
  const pieces: Piece[] = [
    { text: localize(say('ending.tone', { mark: TONE_MARK[e.tone], tone: t.local(TONE_KEYS[e.tone]) })), size: 'small', bold: true, ink: e.tone },
    { text: localize(e.title), size: 'large', bold: true },
    { text: localize(e.text), size: 'body' },
  ];
  if (state.stepsBack > 0) pieces.push({ text: t('label.stepsBack', { count: state.stepsBack }), size: 'small', ink: 'soft' });
  const sc = R.scores(scenario, state);
  const rows: ScoreRow[] = [];
  const lines: LocalText[] = [];
  for (const r of ROLES) {
    const w = t.local(STANDING_KEYS[S.roleStanding(scenario, state, r)]);
    rows.push({ name: word(roleKey(r)), value: sc[r], valueText: localize(say('score.value', { score: sc[r], word: w })), bold: false });
    lines.push(say('score.line', { role: t.local(roleKey(r)), score: sc[r], word: w }));
  }
  rows.push({ name: word('label.total'), value: sc.total, valueText: String(sc.total), bold: true });
  lines.push(say('score.total', { score: sc.total }));
  const { method, steps } = R.recap(scenario);
  return {
    block: { id: 'ending', label: word('label.ending'), pieces },
    scoresTitle: word('label.roleScores'),
    rows,
    scoreLines: lines.map((l) => localize(l)),
    scoresSaid: localize(say('say.scores', { list: composeList(lines, 'unit') })),
    recapTitle: word('label.recap'),
    recapHeading: localize(say('recap.heading', { method: t.local(methodKey(method)) })),
    servesHeading: word('serves.heading'),
    serves: word(servesKey(method)),
    steps: steps.map((s) => localize(s)),
    buttons: [
      button('debrief', 'button.debrief', 'button.debrief.shown'),
      button('restart', 'button.restart'),
      button('back', 'button.back', 'button.back.shown'),
      button('transcript', 'button.transcript'),
    ],
  };
}

function transcript(scenario: Scenario, state: FacState): TranscriptView {
  const who = (line: R.TranscriptLine): LocalText => {
    if (line.kind === 'choice') return t.local('speaker.you');
    if (line.kind === 'consequence') return t.local('label.consequence');
    if (line.kind === 'ending') return t.local('label.ending');
    if (line.name) return line.name;
    return t.local(line.speaker === YOU ? 'speaker.you' : 'speaker.narrator');
  };
  return {
    title: word('label.transcript'),
    entries: R.transcriptLines(scenario, state).map((line) => ({
      who: localize(say('transcript.who', { name: who(line) })),
      text: localize(line.text),
      muted: line.kind === 'consequence',
    })),
    close: button('close-transcript', 'button.close'),
  };
}

/** The whole screen's words for this state and selection. */
export function present(scenario: Scenario, state: FacState, sel: Selection): FacView {
  const node = M.currentNode(scenario, state);
  const outcome = sel.phase === 'outcome' ? M.lastOutcome(scenario, state) : null;
  const end = sel.phase === 'node' && nodeKind(node) === 'ending';
  const mode: FacView['mode'] = sel.phase === 'intro' ? 'intro' : outcome ? 'outcome' : end ? 'ending' : node.choices ? 'decision' : 'line';
  const methodName = t.local(methodKey(scenario.method));
  const cells = meters(scenario, state);

  // Setting and consequences are read as you; lines by their speaker.
  const sp =
    mode === 'intro' || mode === 'outcome'
      ? { name: t.local('speaker.you'), role: t.local('label.facilitator'), portrait: 'facilitator' as const }
      : speakerOf(scenario, node);
  const speaker: SpeakerView | null = sp ? { name: localize(sp.name), role: sp.role ? localize(sp.role) : '', portrait: sp.portrait } : null;
  const nameTag: LocalText | null = sp ? (sp.role ? say('label.speakerRole', { name: sp.name, role: sp.role }) : sp.name) : null;

  let block: TextBlock;
  let announcement: LocalText;
  if (mode === 'intro') {
    block = {
      id: 'intro',
      label: localize(methodName),
      pieces: [
        { text: localize(methodName), size: 'small', bold: true, ink: 'soft' },
        { text: localize(scenario.setting), size: 'large' },
        { text: localize(say('intro.clock', { used: 0, total: scenario.agendaMinutes })), size: 'small', ink: 'soft' },
      ],
    };
    announcement = say('say.intro', { method: methodName, setting: scenario.setting });
  } else if (mode === 'outcome' && outcome) {
    const changes = effectsText(outcome.choice);
    block = {
      id: 'outcome',
      label: word('label.consequence'),
      pieces: [
        { text: word('label.yourChoice'), size: 'small', bold: true, ink: 'soft' },
        { text: localize(outcome.choice.text), size: 'body' },
        { text: word('label.consequence'), size: 'small', bold: true, ink: 'soft' },
        { text: localize(outcome.choice.consequence), size: 'large' },
        ...(changes ? [{ text: localize(say('outcome.changes', { list: changes })), size: 'small' as const, ink: 'soft' as const }] : []),
      ],
    };
    announcement = say('say.consequence', { text: outcome.choice.consequence });
  } else {
    const text = node.text ?? { en: '' };
    block = { id: 'line', label: speaker?.name ?? word('speaker.narrator'), pieces: [{ text: localize(text), size: 'large' }] };
    const line = sp ? say('say.line', { name: sp.name, text }) : text;
    const e = M.endingOf(scenario, state);
    announcement = e
      ? say('say.ending', { tone: t.local(TONE_KEYS[e.tone]), title: e.title, text: e.text })
      : node.choices
        ? say('say.decision', { line })
        : line;
  }

  const choices: ChoiceView[] =
    mode === 'decision'
      ? M.availableChoices(scenario, state).map((o, i) => {
          const reasons = [...new Map(o.reasons.map(lockText).map((r) => [r.en, r])).values()];
          return {
            id: `choice-${o.index}`,
            index: o.index,
            label: localize(o.choice.text),
            badge: o.locked ? '✕' : String(i + 1),
            locked: o.locked,
            lock: o.locked ? localize(say('label.lockedChoice', { reasons: composeList(reasons) })) : null,
          };
        })
      : [];
  const view: FacView = {
    nodeId: state.node,
    mode,
    method: localize(methodName),
    meters: cells,
    metersSaid: metersSaid(cells),
    speaker,
    speakerTag: nameTag && mode !== 'intro' && mode !== 'outcome' ? { text: localize(nameTag), size: 'small', bold: true, ink: 'soft' } : null,
    block,
    ask: word('label.choices'),
    choices,
    continue: mode === 'intro' || mode === 'outcome' || mode === 'line' ? button('continue', 'button.continue', 'button.continue.shown') : null,
    footer: [button('transcript', 'button.transcript'), button('back', 'button.back', 'button.back.shown', state.history.length === 0)],
    ending: mode === 'ending' ? ending(scenario, state) : null,
    transcript: sel.transcriptOpen ? transcript(scenario, state) : null,
    announcement: sel.transcriptOpen ? word('label.transcript') : localize(announcement),
    focus: null,
  };
  view.focus = focusOf(view);
  return view;
}

function focusOf(v: FacView): string | null {
  if (v.transcript) return v.transcript.close.id;
  if (v.continue) return v.continue.id;
  if (v.ending) return 'debrief';
  return v.choices.find((c) => !c.locked)?.id ?? null;
}
