// Booth rounds of two to four minutes (issue 22): each game's short round, made from its first shipped level through
// the game's own hook, played by its model along the best path, with what a visitor reads and taps counted. A visitor
// reads a text once: every distinct string the game's presenter puts on screen along the way counts once (words as
// /\S+/), screen-reader-only texts and announcements not at all; taps are each action and each Continue or Next, made
// by tapping (Seek, sense, share's ties by tapping two contacts and a kind, not by dragging).
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, loadLang, setLang, type LocalText } from '../../../src/core/i18n';
import { isInvalid, type Invalid } from '../../../src/core/round';
import type { BaseLevel, GameEntry } from '../../../src/games/sdk/types';
import { cynefinGame } from '../../../src/games/cynefin';
import { loadLevels as loadCynefin } from '../../../src/games/cynefin/levels';
import * as CM from '../../../src/games/cynefin/model';
import { present as presentCynefin, type CynefinView } from '../../../src/games/cynefin/present';
import type { Level as CynefinLevel } from '../../../src/games/cynefin/schema';
import { seekSenseShareGame } from '../../../src/games/seek-sense-share';
import { checkLevelSet as checkSssSet, loadLevels as loadSss } from '../../../src/games/seek-sense-share/levels';
import * as SM from '../../../src/games/seek-sense-share/model';
import { present as presentSss, type Selection as SssSelection, type SssView } from '../../../src/games/seek-sense-share/present';
import type { Level as SssLevel } from '../../../src/games/seek-sense-share/schema';
import { facilitatorGame } from '../../../src/games/facilitator';
import { loadLevels as loadFacilitator } from '../../../src/games/facilitator/levels';
import * as FM from '../../../src/games/facilitator/model';
import { present as presentFacilitator, type FacView, type Phase } from '../../../src/games/facilitator/present';
import { mainRole, scores } from '../../../src/games/facilitator/results';
import { ROLES, nodeKind, type Choice, type Scenario } from '../../../src/games/facilitator/schema';
import { score, train, type WordQuestion } from '../content/wordScorer';
import realNames from '../content/realNames.json';

/** What a passer-by gives a booth: at most this many words read and taps made in one round. */
const MAX_WORDS = 500;
const MAX_TAPS = 15;

const words = (s: string): number => s.match(/\S+/g)?.length ?? 0;

/** What one visitor has read (each distinct text once) and tapped so far. */
class Visit {
  private readonly seen = new Set<string>();
  words = 0;
  taps = 0;
  read(texts: readonly (string | null | undefined)[]): void {
    for (const t of texts) {
      if (!t || this.seen.has(t)) continue;
      this.seen.add(t);
      this.words += words(t);
    }
  }
  tap(): void {
    this.taps++;
  }
}

function ok<S>(s: S | Invalid): S {
  if (isInvalid(s)) throw new Error(`refused: ${s.code} ${s.detail ?? ''}`);
  return s;
}

/** The game's booth round, made by its own hook from its first shipped level (as the kiosk does). */
async function boothOf(game: GameEntry, loads: readonly { ok: boolean; level?: BaseLevel }[]): Promise<{ first: BaseLevel; round: BaseLevel }> {
  const levels = loads.flatMap((l) => (l.ok && l.level ? [l.level] : [])).sort((a, b) => a.order - b.order);
  const first = levels[0];
  if (!first || !game.loadBoothRound) throw new Error(`${game.id}: no booth round`);
  return { first, round: (await game.loadBoothRound())(first) };
}

// ---- what each presenter puts on screen ----------------------------------------------------------------------

function cynefinTexts(v: CynefinView): string[] {
  return [
    v.hud,
    v.place?.prompt,
    v.place?.card.text,
    v.place?.card.hint,
    ...(v.place?.domains.flatMap((d) => [d.title, d.shortCue ?? d.cue]) ?? []),
    ...(v.feedback?.blocks.map((b) => b.text) ?? []),
    v.question?.heading,
    ...(v.question?.options.map((o) => o.label) ?? []),
    v.next?.label,
  ].filter((t): t is string => !!t);
}

function sssTexts(v: SssView): string[] {
  if (v.brief) return [v.brief.title, v.brief.story, v.brief.objectivesTitle, ...v.brief.objectives, v.brief.howTo, v.brief.start];
  const p = v.panel;
  const panel =
    p.kind === 'none'
      ? p.lines
      : p.kind === 'from'
        ? [p.name, p.facts, p.next]
        : p.kind === 'pair'
          ? [p.heading, p.existing?.info, p.existing?.untie, p.choose, ...p.options.flatMap((o) => [o.visibleLabel, o.why])]
          : [p.desc, p.done];
  return [
    v.caption,
    ...v.nodes.map((n) => n.name),
    ...v.legend.ties.map((t) => t.label),
    v.legend.inside,
    v.legend.outside,
    v.legend.source,
    v.legend.audience,
    ...v.budget.meters.map((m) => m.text),
    v.note?.text,
    ...panel,
    v.objectives.title,
    ...v.objectives.rows.flatMap((r) => [r.statusText, r.text, ...r.results.flatMap((x) => [x.answer, x.why])]),
    ...v.objectives.legend,
    ...v.actions.map((a) => a.label),
  ].filter((t): t is string => !!t);
}

function facilitatorTexts(v: FacView): string[] {
  const e = v.ending;
  return [
    ...v.meters.flatMap((m) => [m.headWithWord ?? m.head, m.num]),
    // The stage names the speaker; the same name in the line box is a copy of it.
    v.speaker?.name,
    v.speaker?.role,
    ...(e ? [] : v.block.pieces.map((p) => p.text)),
    v.mode === 'decision' ? v.ask : null,
    ...v.choices.flatMap((c) => [c.label, c.lock]),
    v.continue?.shown,
    ...(e ? [] : v.footer.map((b) => b.shown)),
    ...(e
      ? [
          ...e.block.pieces.map((p) => p.text),
          e.scoresTitle,
          ...e.rows.flatMap((r) => [r.name, r.valueText]),
          e.recapTitle,
          e.recapHeading,
          ...e.steps,
          e.servesHeading,
          e.serves,
          ...e.buttons.map((b) => b.shown),
        ]
      : []),
  ].filter((t): t is string => !!t);
}

// ---- each round played along its best path -------------------------------------------------------------------

interface Played {
  visit: Visit;
  stars: number;
}

function playCynefin(level: CynefinLevel): Played {
  const visit = new Visit();
  let s = CM.start(level, 1);
  const show = (feedback: { cardId: string } | null): void => visit.read(cynefinTexts(presentCynefin(level, s, { feedback, holding: false })));
  show(null);
  while (!CM.isDone(s)) {
    const card = CM.currentCard(level, s);
    if (!card) break;
    // A tap on the domain's tile places the card.
    visit.tap();
    s = ok(CM.apply(level, s, { type: 'place', cardId: card.id, domain: CM.bestDomain(card) }));
    if (s.phase === 'second' && card.second) {
      show(null);
      const best = CM.bestOption(card);
      visit.tap();
      s = ok(CM.apply(level, s, { type: 'second', cardId: card.id, choice: best!.id }));
    }
    show({ cardId: card.id });
    // Next card, or the results after the last.
    visit.tap();
    if (!CM.isDone(s)) show(null);
  }
  return { visit, stars: CM.starsOf(level, s) };
}

function playSss(level: SssLevel): Played {
  const visit = new Visit();
  let s = SM.start(level);
  let sel: SssSelection = { briefOpen: true, from: null, to: null, note: null };
  const show = (): void => visit.read(sssTexts(presentSss(level, s, sel)));
  show();
  // Start building.
  visit.tap();
  sel = { ...sel, briefOpen: false };
  show();
  for (const t of level.solution ?? []) {
    // The scene keeps the first end chosen after a tie, so the next tie from it starts at its second end.
    if (sel.from !== t.a) {
      visit.tap();
      sel = { ...sel, from: t.a, to: null, note: null };
      show();
    }
    visit.tap();
    sel = { ...sel, to: t.b, note: null };
    show();
    visit.tap();
    s = ok(SM.apply(level, s, { type: 'tie', a: t.a, b: t.b, kind: t.kind }));
    sel = { ...sel, to: null, note: { kind: 'tied', a: t.a, b: t.b, tie: t.kind } };
    show();
  }
  visit.tap();
  s = ok(SM.apply(level, s, { type: 'run' }));
  sel = { briefOpen: false, from: null, to: null, note: null };
  show();
  while (s.phase === 'flow' && s.step < 3) {
    visit.tap();
    s = ok(SM.apply(level, s, { type: 'step' }));
    show();
  }
  // See the results.
  visit.tap();
  s = ok(SM.apply(level, s, { type: 'finish' }));
  return { visit, stars: SM.scoreOf(level, s).stars };
}

const bestIndex = (choices: readonly Choice[]): number => choices.findIndex((c) => c.quality === 'best');

function playFacilitator(sc: Scenario): Played {
  const visit = new Visit();
  let s = FM.start(sc, 1);
  let phase: Phase = 'intro';
  const show = (): void => visit.read(facilitatorTexts(presentFacilitator(sc, s, { phase, transcriptOpen: false })));
  show();
  // Past the setting.
  visit.tap();
  phase = 'node';
  for (let steps = 0; steps < 100; steps++) {
    show();
    const node = FM.currentNode(sc, s);
    // Debrief, at the ending.
    visit.tap();
    if (node.ending) break;
    if (node.choices) {
      s = ok(FM.apply(sc, s, { type: 'choose', index: bestIndex(node.choices) }));
      phase = 'outcome';
      show();
      // Continue, past the consequence.
      visit.tap();
      phase = 'node';
    } else {
      s = ok(FM.apply(sc, s, { type: 'continue' }));
    }
  }
  return { visit, stars: scores(sc, s).stars };
}

// ---- the rounds ----------------------------------------------------------------------------------------------

const cyn = await boothOf(cynefinGame, await loadCynefin());
const sss = await boothOf(seekSenseShareGame, await loadSss());
const fac = await boothOf(facilitatorGame, await loadFacilitator());
const sssRound = sss.round as SssLevel;
const facRound = fac.round as Scenario;
const rounds = [
  { game: cynefinGame.id, round: cyn.round, play: () => playCynefin(cyn.round as CynefinLevel) },
  { game: seekSenseShareGame.id, round: sss.round, play: () => playSss(sssRound) },
  { game: facilitatorGame.id, round: fac.round, play: () => playFacilitator(facRound) },
];

const figures: string[] = [];
afterAll(() => {
  setLang('en');
  console.log(`Booth rounds along the best path (words read, each text once; taps):\n${figures.join('\n')}`);
});

describe('every game offers a booth round of two to four minutes', () => {
  it('has one for each game, with an id of its own ending in -short (so the board ranks it apart)', () => {
    for (const { game, round } of rounds) expect(round.id, game).toMatch(/-short$/);
    expect(new Set(rounds.map((r) => r.round.id)).size).toBe(rounds.length);
  });

  for (const lang of LANGS) {
    for (const { game, play } of rounds) {
      it(`${game} (${lang}): along the best path, three stars, at most ${MAX_WORDS} words read and ${MAX_TAPS} taps`, async () => {
        await loadLang(lang);
        setLang(lang);
        try {
          const { visit, stars } = play();
          figures.push(`  ${game} (${lang}): ${visit.words} words, ${visit.taps} taps`);
          expect(stars).toBe(3);
          expect.soft(visit.words, 'words read').toBeLessThanOrEqual(MAX_WORDS);
          expect.soft(visit.taps, 'taps').toBeLessThanOrEqual(MAX_TAPS);
        } finally {
          setLang('en');
        }
      });
    }
  }
});

// ---- the booth files, checked as the shipped levels are (the level tests read levels/ only) -------------------

/** Every inline text of a level file ({ en, fr?, es? }), with its path. */
function textsOf(v: unknown, at = ''): Array<{ at: string; text: LocalText }> {
  if (Array.isArray(v)) return v.flatMap((x, i) => textsOf(x, `${at}/${i}`));
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  if (typeof o.en === 'string') return [{ at, text: o as unknown as LocalText }];
  return Object.entries(o).flatMap(([k, x]) => textsOf(x, `${at}/${k}`));
}

/** The words a glossary (docs/glossary.<lang>.md) says to avoid: the fourth cell of its table rows. */
function avoidedWords(lang: 'fr' | 'es'): string[] {
  const md = readFileSync(new URL(`../../../docs/glossary.${lang}.md`, import.meta.url), 'utf8');
  return md
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .flatMap((row) => {
      const cells = row
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (cells.length < 4 || cells[0] === 'English' || /^:?-+:?$/.test(cells[0] ?? '')) return [];
      return (cells[3] ?? '')
        .split(',')
        .map((w) => w.replace(/[*_`«»"“”]/g, '').trim())
        .filter((w) => w !== '' && w !== '—' && w !== '-');
    });
}

function checkTranslations(round: BaseLevel): void {
  const texts = textsOf(round);
  expect(texts.length).toBeGreaterThan(10);
  for (const { at, text } of texts) {
    expect(text.fr, `${at}: French`).toBeTruthy();
    expect(text.es, `${at}: Spanish`).toBeTruthy();
    // French: no-break space before ; : ! ? and inside « », typographic apostrophe.
    expect(text.fr, `${at}: French typography`).not.toMatch(/'| [;:!?»]|« |[^\s«][;:!?]/);
    // Spanish: an opening ¿ or ¡ for every closing one.
    expect((text.es!.match(/\?/g) ?? []).length, `${at}: ¿`).toBe((text.es!.match(/¿/g) ?? []).length);
    expect((text.es!.match(/!/g) ?? []).length, `${at}: ¡`).toBe((text.es!.match(/¡/g) ?? []).length);
  }
  for (const lang of ['fr', 'es'] as const) {
    for (const w of avoidedWords(lang)) {
      const re = new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}($|[^\\p{L}])`, 'iu');
      for (const { at, text } of texts) expect(text[lang], `${at}: "${w}" (docs/glossary.${lang}.md)`).not.toMatch(re);
    }
  }
}

/** Every name and word of a real place the content tests know (tests/unit/content/realNames.json). */
function realNamesIn(round: BaseLevel): string[] {
  const all = textsOf(round)
    .flatMap(({ text }) => [text.en, text.fr ?? '', text.es ?? ''])
    .join('\n');
  return (realNames as string[]).filter((n) => new RegExp(`(^|[^\\p{L}])${n}($|[^\\p{L}])`, 'u').test(all));
}

describe('Seek, sense, share: the short network (src/games/seek-sense-share/booth.json)', () => {
  it("is played whatever level the operator chose, parsed by the game's schema", async () => {
    const trim = await seekSenseShareGame.loadBoothRound!();
    const loads = await loadSss();
    const levels = loads.flatMap((l) => (l.ok ? [l.level] : []));
    expect(levels.length).toBeGreaterThan(1);
    for (const l of levels) expect(trim(l)).toBe(sssRound);
    expect(levels.map((l) => l.id)).not.toContain(sssRound.id);
    // The same checks a shipped level passes: its solution builds within the budget and earns a star.
    expect(checkSssSet([{ file: 'booth.json', level: sssRound }])).toEqual([]);
  });

  it('is short: a brief of at most 60 words in every language, few contacts, a solution of two or three ties', () => {
    for (const lang of LANGS) expect(words(sssRound.brief[lang] ?? ''), lang).toBeLessThanOrEqual(60);
    expect(sssRound.contacts.length).toBeLessThanOrEqual(6);
    expect(sssRound.solution?.length).toBeGreaterThanOrEqual(2);
    expect(sssRound.solution?.length).toBeLessThanOrEqual(3);
  });

  it('teaches by its choices: a cheap loose tie to the source, or the traders left out of the community, costs stars', () => {
    const play = (ties: SssLevel['solution']) =>
      SM.scoreOf(
        sssRound,
        (ties ?? []).reduce((s, t) => ok(SM.apply(sssRound, s, { type: 'tie', ...t })), SM.start(sssRound)),
      );
    expect(
      play([
        { a: 'town', b: 'partner', kind: 'network' },
        { a: 'town', b: 'traders', kind: 'community' },
      ]).stars,
    ).toBeLessThan(2);
    expect(
      play([
        { a: 'town', b: 'partner', kind: 'community' },
        { a: 'town', b: 'traders', kind: 'network' },
      ]).stars,
    ).toBeLessThan(3);
  });

  it('names no real place (an unnamed town), and is in French and Spanish after the glossaries', () => {
    expect(realNamesIn(sssRound)).toEqual([]);
    checkTranslations(sssRound);
  });
});

describe('Facilitator: the short scenario (src/games/facilitator/booth.json)', () => {
  const decisions = Object.entries(facRound.nodes).flatMap(([id, n]) => (n.choices ? [{ id, choices: n.choices }] : []));
  const shipped = (async () => (await loadFacilitator()).flatMap((l) => (l.ok ? [l.level] : [])))();

  it("is played whatever scenario the operator chose, parsed by the game's schema", async () => {
    const trim = await facilitatorGame.loadBoothRound!();
    const levels = await shipped;
    expect(levels.length).toBeGreaterThan(1);
    for (const l of levels) expect(trim(l)).toBe(facRound);
    expect(levels.map((l) => l.id)).not.toContain(facRound.id);
  });

  it('has 4 or 5 decisions and three endings, and every best move leads to the good one with 100 on each role', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(4);
    expect(decisions.length).toBeLessThanOrEqual(5);
    expect(Object.values(facRound.nodes).filter((n) => nodeKind(n) === 'ending').length).toBeGreaterThanOrEqual(3);
    const tones = new Set<string>();
    // Every path (3^decisions at most): each ends, and together they reach every tone.
    const walk = (s: FM.FacState): void => {
      const node = FM.currentNode(facRound, s);
      if (node.ending) tones.add(node.ending.tone);
      else if (node.choices)
        FM.availableChoices(facRound, s)
          .filter((c) => !c.locked)
          .forEach((c) => walk(ok(FM.apply(facRound, s, { type: 'choose', index: c.index }))));
      else walk(ok(FM.apply(facRound, s, { type: 'continue' })));
    };
    walk(FM.start(facRound, 1));
    expect([...tones].sort()).toEqual(['good', 'mixed', 'poor']);
    let s = FM.start(facRound, 1);
    while (!FM.endingOf(facRound, s)) {
      const node = FM.currentNode(facRound, s);
      s = ok(FM.apply(facRound, s, node.choices ? { type: 'choose', index: bestIndex(node.choices) } : { type: 'continue' }));
    }
    expect(FM.endingOf(facRound, s)?.tone).toBe('good');
    const sc = scores(facRound, s);
    expect([sc.architect, sc.pilot, sc.guide]).toEqual([100, 100, 100]);
  });

  it('does not give the best move away by its place, its length or its words', async () => {
    const places = decisions.map((d) => bestIndex(d.choices));
    expect(new Set(places).size, `best at ${places.join(', ')}`).toBeGreaterThan(1);
    const longest = decisions.filter((d) => d.choices.every((c) => c.text.en.length <= d.choices[bestIndex(d.choices)]!.text.en.length));
    expect(longest.length, 'decisions whose best move is the longest').toBeLessThanOrEqual(decisions.length / 2);
    // A word scorer trained on the shipped scenarios picks the best move here no more often than in half of them.
    const question = (group: string, choices: readonly Choice[]): WordQuestion => ({
      group,
      options: choices.map((c) => ({ text: c.text.en, best: c.quality === 'best' })),
    });
    const model = train((await shipped).flatMap((sc) => Object.values(sc.nodes).flatMap((n) => (n.choices ? [question(sc.id, n.choices)] : []))));
    const hits = decisions.filter((d) => {
      const scored = d.choices.map((c) => score(model, c.text.en));
      return scored.indexOf(Math.max(...scored)) === bestIndex(d.choices);
    });
    expect(hits.length, `the scorer found ${hits.map((d) => d.id).join(', ')}`).toBeLessThanOrEqual(decisions.length / 2);
  });

  it('names in every explanation the role the move builds, or the one the best move built that it costs', () => {
    for (const d of decisions) {
      const best = d.choices[bestIndex(d.choices)]!;
      for (const c of d.choices) {
        const own = mainRole(c);
        const needed = own ? [own] : ROLES.filter((r) => (best.effects[r] ?? 0) > 0);
        expect(c.explanation.en.toLowerCase(), `${d.id}: ${c.text.en}`).toMatch(new RegExp(`\\b(${needed.join('|')})\\b`));
      }
    }
  });

  it('casts people used in no other scenario, level or check, and names no real place', () => {
    const others = [
      ...['cynefin', 'seek-sense-share', 'facilitator'].flatMap((g) =>
        readdirSync(new URL(`../../../levels/${g}/`, import.meta.url)).map((f) => new URL(`../../../levels/${g}/${f}`, import.meta.url)),
      ),
      ...['cynefin', 'seek-sense-share', 'facilitator'].map((g) => new URL(`../../../src/games/${g}/check.json`, import.meta.url)),
    ]
      .map((u) => readFileSync(u, 'utf8'))
      .join('\n');
    const names = facRound.cast.flatMap((c) => c.name.en.split(/\s+/)).filter((w) => w !== 'Mayor');
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const n of names) expect(others, n).not.toMatch(new RegExp(`(^|[^\\p{L}])${n}($|[^\\p{L}])`, 'u'));
    expect(realNamesIn(facRound)).toEqual([]);
  });

  it('is in French and Spanish after the glossaries', () => {
    checkTranslations(facRound);
  });
});
