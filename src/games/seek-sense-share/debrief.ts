// The debrief of "Seek, sense, share" in words: for each source sought, then SENSE, SHARE, working out loud, diversity
// and budget, what happened and which ties made it work or failed, then one line on the idea behind it in Jarche's and
// Campbell's terms. Each item names its concept (for the learner's library) and, for a miss where one kind of thing was
// taken for another, the mix-up. Pure; every text is a template combined by core/i18n's rule.
import { composeLines, composeList, type LocalText } from '../../core/i18n';
import type { SummaryItem, Verdict } from '../../core/round';
import { pairKey, sideOf, type Level, type Tie, type TieKind } from './schema';
import { SHARE_STEP_COST, TIE_DEPTH, type FlowResult } from './simulation';
import { say, sssStrings, type SssKey } from './strings';

/** Time and goodwill (what a tie costs, what is left). */
export interface Cost {
  time: number;
  goodwill: number;
}

/** A node's name as the level writes it (the id itself for an unknown one, which the rules never produce). */
export function nameOf(level: Level, id: string): LocalText {
  if (id === level.city.id) return level.city.name;
  return level.contacts.find((c) => c.id === id)?.name ?? { en: id };
}

function namesOf(level: Level, ids: readonly string[]): LocalText {
  return ids.length === 0 ? sssStrings.local('debrief.none') : composeList(ids.map((id) => nameOf(level, id)));
}

/** Ties as "A – B (kind)", or "A – B" where the sentence already names their kind. */
function tiesText(level: Level, ties: readonly Tie[], withKind = true): LocalText {
  if (ties.length === 0) return sssStrings.local('debrief.none');
  return composeList(
    ties.map((t) =>
      say(withKind ? 'debrief.tie' : 'debrief.tiePlain', { a: nameOf(level, t.a), b: nameOf(level, t.b), kind: sssStrings.local(`tie.${t.kind}`) }),
    ),
  );
}

/** A chain of nodes as one text, "A → B → C", each arrow a template the translator may change. */
function pathText(level: Level, path: readonly string[]): LocalText {
  const [first, ...rest] = path.map((id) => nameOf(level, id));
  return rest.reduce((acc, next) => say('debrief.path.next', { path: acc, next }), first ?? sssStrings.local('debrief.none'));
}

function pathTies(path: readonly string[], all: readonly Tie[]): Tie[] {
  const kinds = new Map(all.map((t) => [pairKey(t.a, t.b), t.kind]));
  const out: Tie[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as string;
    const b = path[i] as string;
    const kind = kinds.get(pairKey(a, b));
    if (kind) out.push({ a, b, kind });
  }
  return out;
}

/** Sentences of one explanation, in one language (core/i18n's rule). */
const sentences = (...texts: LocalText[]): LocalText => composeLines(texts, ' ');

const depthKey = (d: number): SssKey => (d >= 3 ? 'depth.3' : d === 2 ? 'depth.2' : 'depth.1');

/** The debrief by part: one item per source sought, then one each for sense, share, working out loud, diversity, budget. */
export interface Debrief {
  seek: SummaryItem[];
  sense: SummaryItem;
  share: SummaryItem;
  outLoud: SummaryItem;
  diversity: SummaryItem;
  budget: SummaryItem;
}

const tieName = (kind: TieKind): LocalText => sssStrings.local(`tie.${kind}`);
/** The kind of tie that carries know-how of a depth (1 network, 2 community, 3 team). */
const kindForDepth = (need: number): TieKind => (need >= 3 ? 'team' : need === 2 ? 'community' : 'network');

/** The debrief of a flow over `ties` (pre-existing and built) with `left` budget still unspent. */
export function buildDebrief(level: Level, flow: FlowResult, ties: readonly Tie[], left: Cost): Debrief {
  const verdict = (ok: boolean, partial: boolean): Verdict => (ok ? 'right' : partial ? 'partial' : 'wrong');
  const practice = level.objectives.seek.practice;
  const concept = (key: 'seek' | 'sense' | 'share' | 'outLoud' | 'cloud' | 'budget'): LocalText => sssStrings.local(`concept.${key}`);
  // The idea behind each step, in a sentence; a booth round (compact) leaves it to the take-home card.
  const lines = (key: 'seek' | 'sense' | 'share' | 'outLoud' | 'cloud'): LocalText[] => (level.compact ? [] : [sssStrings.local(`concept.${key}.line`)]);
  // A booth round says what travelled along which tie in fewer words.
  const c = level.compact === true;

  // The concept line closes the first source's item only: with two sources it would read twice.
  const seekLine = (i: number): LocalText[] => (i === 0 ? lines('seek') : []);
  const seek = flow.seek.sources.map((s, i): SummaryItem => {
    const need = sssStrings.local(depthKey(s.need));
    const title = say('debrief.seek.title', { practice, source: nameOf(level, s.contact) });
    if (s.depth === 0) {
      return {
        title,
        verdict: 'wrong',
        answer: say('debrief.seek.none', { source: nameOf(level, s.contact) }),
        expected: say('debrief.seek.expected', { need }),
        explanation: sentences(sssStrings.local('reason.no-path'), sssStrings.local('debrief.seek.unlinked'), ...seekLine(i)),
        concept: concept('seek'),
      };
    }
    // The weakest tie on the way is the kind chosen; the kind that carries this depth is the one that fits.
    const weakest = s.weakTies.reduce<TieKind | null>((w, t) => (w === null || TIE_DEPTH[t.kind] < TIE_DEPTH[w] ? t.kind : w), null);
    return {
      title,
      verdict: verdict(s.ok, true),
      answer: say('debrief.seek.got', { depth: sssStrings.local(depthKey(s.depth)), path: pathText(level, s.path) }),
      ...(s.ok ? {} : { expected: say('debrief.seek.expected', { need }) }),
      explanation: s.ok
        ? sentences(
            c
              ? // The answer names the way it came; a booth round adds only the kinds of tie that carried it.
                say('debrief.seek.workedShort', { kinds: composeList([...new Set(pathTies(s.path, ties).map((t) => t.kind))].map(tieName)) })
              : say('debrief.seek.worked', { need, ties: tiesText(level, pathTies(s.path, ties)) }),
            ...seekLine(i),
          )
        : sentences(sssStrings.local('reason.too-weak'), say('debrief.seek.weak', { need, ties: tiesText(level, s.weakTies) }), ...seekLine(i)),
      concept: concept('seek'),
      ...(!s.ok && weakest ? { mixup: { chosen: tieName(weakest), fits: tieName(kindForDepth(s.need)) } } : {}),
    };
  });

  const sn = flow.sense;
  const senseNeed = level.objectives.sense;
  const senseExplain: LocalText[] = [];
  if (sn.reason) senseExplain.push(sssStrings.local(`reason.${sn.reason}`));
  if (sn.ties.length > 0) senseExplain.push(say(c ? 'debrief.sense.workedShort' : 'debrief.sense.worked', { ties: tiesText(level, sn.ties, !c) }));
  if (sn.missing.length > 0) senseExplain.push(say('debrief.sense.missing', { names: namesOf(level, sn.missing) }));
  if (sn.feedback) senseExplain.push(say('debrief.sense.feedback', { name: nameOf(level, sn.feedback) }));
  // Peer cities and associations of local governments: local government too, whatever their city hall.
  const peers = sn.members.filter((id) => {
    const c = level.contacts.find((x) => x.id === id);
    return c !== undefined && sideOf(c) === 'peer';
  });
  if (sn.reason === 'no-outside' && peers.length > 0) senseExplain.push(say('debrief.sense.peers', { names: namesOf(level, peers) }));
  senseExplain.push(...lines('sense'));
  const sense: SummaryItem = {
    title: sssStrings.local('debrief.sense.title'),
    verdict: verdict(sn.ok, sn.ready),
    answer:
      sn.members.length === 0
        ? sssStrings.local('debrief.sense.none')
        : say('debrief.sense.got', { members: sn.members.length, outside: sn.outside.length, trust: sn.trust, need: senseNeed.minTrust }),
    ...(sn.ready ? {} : { expected: say('debrief.sense.expected', { outside: senseNeed.minOutside, need: senseNeed.minTrust }) }),
    explanation: sentences(...senseExplain),
    concept: concept('sense'),
    // Too few outside voices: local government (the city's units, peer cities) was taken for the outside view.
    ...(sn.reason === 'no-outside' ? { mixup: { chosen: sssStrings.local('side.inside'), fits: sssStrings.local('side.outside') } } : {}),
  };

  const sh = flow.share;
  // A story exists only about what SEEK brought in; with nothing learned, no tie carried anything and no one heard it.
  const told = sh.learned.length > 0;
  const reachedIds = sh.audiences.filter((a) => a.ok).map((a) => a.contact);
  const missed = sh.audiences.filter((a) => !a.ok);
  const shareTies = [...sh.audiences, ...sh.back].filter((a) => a.ok).flatMap((a) => pathTies(a.path, ties));
  const uniqueShareTies = [...new Map(shareTies.map((t) => [pairKey(t.a, t.b), t])).values()];
  const shareExplain: LocalText[] = [];
  if (sh.reason) shareExplain.push(sssStrings.local(`reason.${sh.reason}`));
  if (!told && reachedIds.length > 0) shareExplain.push(say('debrief.share.couldReach', { names: namesOf(level, reachedIds) }));
  if (told && uniqueShareTies.length > 0)
    shareExplain.push(say(c ? 'debrief.share.workedShort' : 'debrief.share.worked', { ties: tiesText(level, uniqueShareTies) }));
  if (told && missed.length > 0)
    shareExplain.push(
      say('debrief.share.missed', {
        names: namesOf(
          level,
          missed.map((a) => a.contact),
        ),
      }),
    );
  const backOk = sh.back.filter((b) => b.ok).map((b) => b.contact);
  const backMissed = sh.back.filter((b) => !b.ok).map((b) => b.contact);
  if (backOk.length > 0) shareExplain.push(say(c ? 'debrief.share.backShort' : 'debrief.share.back', { names: namesOf(level, backOk) }));
  if (backMissed.length > 0) shareExplain.push(say('debrief.share.notBack', { names: namesOf(level, backMissed) }));
  shareExplain.push(...lines('share'));
  // An audience out of reach behind a close tie: the close kind was chosen where a loose one carries stories far.
  const closest = missed
    .filter((a) => a.distance !== null)
    .flatMap((a) => pathTies(a.path, ties))
    .reduce<TieKind | null>((w, t) => (w === null || SHARE_STEP_COST[t.kind] > SHARE_STEP_COST[w] ? t.kind : w), null);
  const share: SummaryItem = {
    title: sssStrings.local('debrief.share.title'),
    // Nothing to tell: partly right only when the ties would have carried a story (as SENSE with nothing to test).
    verdict: verdict(sh.ok, told ? sh.ready || sh.reached > 0 : sh.ready),
    answer: told
      ? say('debrief.share.got', { reached: sh.reached, needed: sh.needed, names: namesOf(level, reachedIds) })
      : sssStrings.local('debrief.share.nothing'),
    ...(sh.ok
      ? {}
      : {
          expected: say(!told ? 'debrief.share.expectedLearned' : sh.back.length > 0 ? 'debrief.share.expectedBack' : 'debrief.share.expected', {
            needed: sh.needed,
            reach: level.objectives.share.reach,
          }),
        }),
    explanation: sentences(...shareExplain),
    concept: concept('share'),
    ...(closest && closest !== 'network' && sh.reason === 'out-of-reach' ? { mixup: { chosen: tieName(closest), fits: tieName('network') } } : {}),
  };

  const way = level.objectives.share.way;
  const outLoud: SummaryItem = {
    title: sssStrings.local('debrief.outLoud.title'),
    verdict: 'info',
    answer: !told
      ? sssStrings.local('debrief.outLoud.nothing')
      : sentences(
          sssStrings.local(sh.tested ? (c ? 'debrief.outLoud.testedShort' : 'debrief.outLoud.tested') : c ? 'debrief.outLoud.wipShort' : 'debrief.outLoud.wip'),
          sn.feedback
            ? say('debrief.outLoud.feedback', { name: nameOf(level, sn.feedback) })
            : sh.heardBy.length > 0
              ? say(c ? 'debrief.outLoud.heardShort' : 'debrief.outLoud.heard', { names: namesOf(level, sh.heardBy.slice(0, 3)), count: sh.heardBy.length })
              : sssStrings.local('debrief.outLoud.unheard'),
        ),
    explanation: sentences(
      ...lines('outLoud'),
      // The forum's four ways of working out loud: for the full levels, not a booth round.
      ...(level.compact ? [] : [sssStrings.local('debrief.outLoud.ways')]),
      ...(way ? [say('debrief.outLoud.here', { way: sssStrings.local(`way.${way}`) })] : []),
    ),
    concept: concept('outLoud'),
  };

  const div = flow.diversity;
  const diversity: SummaryItem = {
    title: sssStrings.local('debrief.diversity.title'),
    verdict: 'info',
    answer: say('debrief.diversity.got', {
      sectors: div.sectors.length === 0 ? sssStrings.local('debrief.none') : composeList(div.sectors.map((s) => sssStrings.local(`sector.${s}`))),
    }),
    explanation: sentences(say('debrief.diversity.explain', { n: Math.min(div.sectors.length, div.target), target: div.target }), ...lines('cloud')),
    concept: concept('cloud'),
  };
  const budget: SummaryItem = {
    title: sssStrings.local('debrief.budget.title'),
    verdict: 'info',
    answer: say('debrief.budget.got', { time: left.time, goodwill: left.goodwill }),
    explanation: sssStrings.local('debrief.budget.explain'),
    concept: concept('budget'),
  };
  return { seek, sense, share, outLoud, diversity, budget };
}
