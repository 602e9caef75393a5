// The words of "Seek, sense, share", pure: from the level, the round's state and the view's selection (brief open,
// the two ends chosen, the last thing that happened) to a view model holding every string the player sees or hears.
// The scene and its components draw it; the same words go to the canvas and to the accessible DOM layer.
// The network's marks, nodes and build panel are worded in presentNetwork.ts.
import { composeLines, composeList, localize, type LocalText } from '../../core/i18n';
import { budgetLeft, allTies, eventsShown, flowOf, nameOf, stepOutcome, type Refusal, type SssState, type StepStatus } from './model';
import { buildPanel, nodesOf, ROLE_MARKS, TIE_MARKS, type NodeView, type PanelView } from './presentNetwork';
import { budgetOf, pairKey, TIE_KINDS, type Level, type Tie, type TieKind } from './schema';
import { FLOW_STEPS, type FlowStep } from './simulation';
import { say, sssStrings, type Param, type SssKey } from './strings';

/** What the view holds besides the state: not saved, gone on restart. */
export interface Selection {
  briefOpen: boolean;
  /** First and second end of the tie being made. */
  from: string | null;
  to: string | null;
  note: Note | null;
}

/** The last thing that happened in the build phase, shown in the panel. */
export type Note = { kind: 'tied'; a: string; b: string; tie: TieKind } | { kind: 'untied'; a: string; b: string } | { kind: 'refused'; code: Refusal };

export type ActionId = 'run' | 'brief' | 'clear' | 'step' | 'back' | 'finish';
export interface ActionView {
  id: ActionId;
  label: string;
  style: 'primary' | 'quiet';
}

export interface ObjectiveRow {
  status: StepStatus | null;
  statusText: string | null;
  text: string;
  /** The step's results once it ran: what happened and why. */
  results: Array<{ answer: string; why: string }>;
  /** The same row in one line (the compact form where there is no room for the list). */
  line: string;
}

export interface SssView {
  brief: { title: string; story: string; objectivesTitle: string; objectives: string[]; howTo: string; start: string } | null;
  /** The flow step shown on the graph, with its verdict; null while building. */
  caption: string | null;
  graphSummary: string;
  nodes: NodeView[];
  ties: Tie[];
  /** Ties knowledge crossed so far: ok or failed, and which way. */
  flows: Array<{ from: string; to: string; ok: boolean }>;
  /** The pair being tied, as a pair key (its tie is outlined). */
  pairKey: string | null;
  legend: { ties: Array<{ kind: TieKind; label: string }>; inside: string; outside: string; source: string; audience: string };
  budget: { summary: string; meters: Array<{ key: 'time' | 'goodwill'; text: string; left: number; max: number }> };
  note: { text: string; ok: boolean } | null;
  panel: PanelView;
  objectives: { title: string; rows: ObjectiveRow[]; legend: string[] };
  actions: ActionView[];
}

const w = (key: SssKey, params?: Readonly<Record<string, Param>>): LocalText => say(key, params);
const text = (t: LocalText): string => localize(t);
const tx = (key: SssKey, params?: Readonly<Record<string, Param>>): string => text(w(key, params));

function budgetSentence(level: Level, state: SssState): LocalText {
  const left = budgetLeft(level, state);
  return w('view.budget.sentence', { time: left.time, goodwill: left.goodwill });
}

/** A booth round's (compact) shorter wording of a text, or the full one. */
const orShort = (level: Level, full: SssKey, short: SssKey): SssKey => (level.compact ? short : full);

/** The diversity target as a sentence (shorter in a booth round). */
const diversityText = (level: Level, n: number): string =>
  tx(orShort(level, 'label.diversity', 'label.diversityShort'), { n, target: level.objectives.diversity.target });

/** The three objectives as sentences; in a booth round they say only what its small network needs, in fewer words. */
function objectiveTexts(level: Level): Record<FlowStep, LocalText> {
  const o = level.objectives;
  const c = level.compact === true;
  const names = (ids: readonly string[]): LocalText => composeList(ids.map((id) => nameOf(level, id)));
  const sources = composeList(
    o.seek.sources.map((x) => w('view.obj.source', { name: nameOf(level, x.contact), depth: sssStrings.local(`depth.${x.depth as 1 | 2 | 3}`) })),
  );
  const must = o.sense.mustInclude ?? [];
  const sense = [
    w(c ? 'view.obj.senseShort' : 'view.obj.sense', { trust: o.sense.minTrust, outside: o.sense.minOutside }),
    // Feedback standing in for an outside member: for the full levels, not a booth round's few ties.
    ...(o.sense.minOutside > 0 && !c ? [sssStrings.local('view.obj.senseFeedback')] : []),
    ...(must.length ? [w('view.obj.senseMust', { names: names(must) })] : []),
  ];
  const min = o.share.min ?? o.share.audiences.length;
  const share = [
    w(c ? 'view.obj.shareShort' : 'view.obj.share', { min, spare: o.share.audiences.length - min, audiences: names(o.share.audiences), reach: o.share.reach }),
    ...(o.share.backToSources !== false ? [sssStrings.local(c ? 'view.obj.shareBackShort' : 'view.obj.shareBack')] : []),
    ...(o.share.way ? [w('view.obj.way', { way: sssStrings.local(`way.${o.share.way}`) })] : []),
  ];
  return { seek: w('view.obj.seek', { practice: o.seek.practice, sources }), sense: composeLines(sense, ' '), share: composeLines(share, ' ') };
}

const statusKey = (s: StepStatus): SssKey => `view.status.${s === 'info' ? 'waiting' : s}`;

function actionsOf(state: SssState, sel: Selection): ActionView[] {
  const a = (id: ActionId, key: SssKey, style: ActionView['style']): ActionView => ({ id, label: tx(key), style });
  if (state.phase === 'build')
    return [a('run', 'label.run', 'primary'), a('brief', 'view.brief.open', 'quiet'), ...(sel.from ? [a('clear', 'view.select.clear', 'quiet')] : [])];
  const more = state.phase === 'flow' && state.step < FLOW_STEPS.length;
  return [
    ...(more ? [a('step', 'label.step', 'primary')] : []),
    ...(state.phase === 'flow' ? [a('back', 'label.back', 'quiet')] : []),
    a('finish', 'label.finish', more ? 'quiet' : 'primary'),
  ];
}

function objectivesOf(level: Level, state: SssState): SssView['objectives'] {
  const obj = objectiveTexts(level);
  const rows: ObjectiveRow[] = FLOW_STEPS.map((step) => {
    const out = stepOutcome(level, state, step);
    const status = sssStrings.local(statusKey(out.status));
    return {
      status: out.status,
      statusText: text(status),
      text: text(obj[step]),
      results: out.items.map((i) => ({ answer: text(i.answer), why: text(i.explanation) })),
      line: tx('view.obj.row', { status, text: obj[step] }),
    };
  });
  const diversity = diversityText(level, Math.min(flowOf(level, state).diversity.sectors.length, level.objectives.diversity.target));
  rows.push({ status: null, statusText: null, text: diversity, results: [], line: diversity });
  const item = (mark: string, key: SssKey): LocalText => w('view.legend.item', { mark, label: sssStrings.local(key) });
  const legend = [
    composeList(
      TIE_KINDS.map((k) => item(TIE_MARKS[k], `tie.${k}`)),
      'unit',
    ),
    composeList(
      [
        item(ROLE_MARKS.inside, 'side.inside'),
        item(ROLE_MARKS.outside, 'side.outside'),
        item(ROLE_MARKS.city, 'side.city'),
        item(ROLE_MARKS.source, 'label.source'),
        item(ROLE_MARKS.audience, 'label.audience'),
        item(ROLE_MARKS.mustInclude, 'label.mustInclude'),
      ],
      'unit',
    ),
  ].map(text);
  // A booth round's network is small enough to read without the key.
  return { title: tx('view.obj.title'), rows, legend: level.compact ? [] : legend };
}

/** The whole screen's words for this state and selection. */
export function present(level: Level, state: SssState, sel: Selection): SssView {
  const left = budgetLeft(level, state);
  const max = budgetOf(level);
  const meter = (key: 'time' | 'goodwill'): SssView['budget']['meters'][number] => ({
    key,
    // A booth round's meters read "Time 3/5": the bar beside says what is left, the DOM line says it in full.
    text: tx(orShort(level, `view.budget.${key}`, `view.budget.${key}Short`), { n: left[key], max: max[key] }),
    left: left[key],
    max: max[key],
  });
  const ties = allTies(level, state);
  const shown = state.step > 0 ? (FLOW_STEPS[state.step - 1] as FlowStep) : null;
  const ready = tx(orShort(level, 'view.flow.ready', 'view.flow.readyShort'));
  // A booth round's caption names the step alone: the objectives beside give each step's verdict.
  const caption =
    state.phase === 'build'
      ? null
      : shown && level.compact
        ? tx(`step.${shown}`)
        : shown
          ? tx('view.flow.caption', {
              step: w('view.flow.step', { n: state.step, step: sssStrings.local(`step.${shown}`) }),
              status: sssStrings.local(statusKey(stepOutcome(level, state, shown).status)),
            })
          : ready;
  const obj = objectiveTexts(level);
  const flows = state.phase === 'build' ? [] : eventsShown(level, state).map((e) => ({ from: e.from, to: e.to, ok: e.ok }));
  return {
    brief: sel.briefOpen
      ? {
          title: tx('view.brief.title'),
          story: text(level.brief),
          objectivesTitle: tx('view.obj.title'),
          objectives: [...FLOW_STEPS.map((s) => text(obj[s])), diversityText(level, 0)],
          // A booth round's visitor has the brief and the objectives; the how-to stays in the full levels.
          howTo: level.compact ? '' : tx('view.howTo'),
          start: tx('view.brief.start'),
        }
      : null,
    caption,
    graphSummary: tx('view.graph', { contacts: level.contacts.length, ties: ties.length }),
    nodes: nodesOf(level, state, sel),
    ties,
    flows,
    pairKey: sel.from && sel.to ? pairKey(sel.from, sel.to) : null,
    legend: {
      ties: TIE_KINDS.map((kind) => ({ kind, label: tx(`tie.${kind}`) })),
      inside: tx('side.inside'),
      outside: tx('side.outside'),
      source: tx('label.source'),
      audience: tx('label.audience'),
    },
    budget: {
      summary: tx('view.budget.summary', {
        time: w('view.budget.time', { n: left.time, max: max.time }),
        goodwill: w('view.budget.goodwill', { n: left.goodwill, max: max.goodwill }),
      }),
      meters: [meter('time'), meter('goodwill')],
    },
    note: sel.note
      ? {
          text: tx(sel.note.kind === 'refused' ? 'view.message.refused' : 'view.message.ok', { text: shownNote(level, sel.note) }),
          ok: sel.note.kind !== 'refused',
        }
      : null,
    panel:
      state.phase === 'build'
        ? buildPanel(level, state, sel)
        : {
            kind: 'flow',
            desc: shown ? tx(orShort(level, `step.${shown}.desc`, `step.${shown}.short`)) : ready,
            // A booth round's last step leaves the primary "See the results" to say what comes next.
            done: state.step >= FLOW_STEPS.length && !level.compact ? tx('view.flow.done') : null,
          },
    objectives: objectivesOf(level, state),
    actions: actionsOf(state, sel),
  };
}

/** The note on the panel: a booth round shows a new tie as the results will name it, "A – B (kind)". */
function shownNote(level: Level, note: Note): LocalText {
  if (!level.compact || note.kind !== 'tied') return noteText(level, note);
  return w('debrief.tie', { a: nameOf(level, note.a), b: nameOf(level, note.b), kind: sssStrings.local(`tie.${note.tie}`) });
}

function noteText(level: Level, note: Note): LocalText {
  if (note.kind === 'refused') return w('view.announce.refused', { reason: sssStrings.local(`refuse.${note.code}`) });
  const a = nameOf(level, note.a);
  const b = nameOf(level, note.b);
  return note.kind === 'tied' ? w('view.announce.tied', { a, b, kind: sssStrings.local(`tie.${note.tie}`) }) : w('view.announce.untied', { a, b });
}

/** What the live region says, for each thing that happens. */
export const announce = {
  brief: (level: Level): string => tx('view.announce.brief', { title: level.title, brief: level.brief }),
  /** A tie built, removed or refused, with the budget left. */
  note: (level: Level, state: SssState, note: Note): string => text(composeLines([noteText(level, note), budgetSentence(level, state)], ' ')),
  run: (): string => tx('view.announce.run'),
  back: (): string => tx('view.announce.back'),
  ready: (): string => tx('view.flow.ready'),
  none: (): string => tx('view.select.none'),
  notBuilding: (): string => tx('refuse.not-building'),
  pickTo: (level: Level, from: string): string => tx('view.select.pickTo', { name: nameOf(level, from) }),
  pair: (level: Level, a: string, b: string): string => tx('view.announce.pair', { a: nameOf(level, a), b: nameOf(level, b) }),
  /** A step revealed: "Step n of 3: NAME", its verdict, then each result and why. */
  step: (level: Level, state: SssState, step: FlowStep): string => {
    const out = stepOutcome(level, state, step);
    const head = w('view.flow.step', { n: FLOW_STEPS.indexOf(step) + 1, step: sssStrings.local(`step.${step}`) });
    return text(composeLines([head, sssStrings.local(statusKey(out.status)), ...out.items.flatMap((i) => [i.answer, i.explanation])], ' '));
  },
};
