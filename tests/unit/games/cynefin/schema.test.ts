// A trainer's broken Cynefin level must fail with a message at the exact field path; a good one must pass.
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/levels';
import { checkLevelSet, parseLevelFile } from '../../../../src/games/cynefin/levels';
import { levelSchema } from '../../../../src/games/cynefin/schema';
import { fixture, rawFixture } from './fixture';

type Raw = ReturnType<typeof rawFixture>;

/** Parses an edited copy of the fixture and returns its issues as "path: message". */
function issuesOf(edit: (raw: Raw) => void): string[] {
  const raw = structuredClone(rawFixture());
  edit(raw);
  const r = parseLevel(levelSchema, 'trainer.json', raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('level schema', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it('names a duplicate card id at the second card', () => {
    const issues = issuesOf((r) => {
      r.cards[1]!.id = 'f-clear';
    });
    expect(issues).toEqual([expect.stringMatching(/^cards\[1\]\.id: The id of card 2: .*f-clear.*card 1\./)]);
  });

  it('names an unknown domain', () => {
    const issues = issuesOf((r) => {
      (r.cards[2]!.domains[0] as { domain: string }).domain = 'simple';
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^cards\[2\]\.domains\[0\]\.domain: /);
  });

  it('refuses Confused when the board does not show it', () => {
    const issues = issuesOf((r) => {
      r.cards[1]!.domains[1]!.domain = 'confused';
    });
    // Its second question's options follow the readings the card accepts, so they are named too.
    expect(issues).toContainEqual(expect.stringMatching(/^cards\[1\]\.domains\[1\]\.domain: .*showConfused/));
  });

  it('refuses a domain listed twice in one card', () => {
    const issues = issuesOf((r) => {
      r.cards[1]!.domains[1]!.domain = 'complicated';
    });
    expect(issues).toContainEqual(expect.stringMatching(/^cards\[1\]\.domains\[1\]\.domain: .*twice/));
  });

  it('needs exactly one full-weight domain per card, and weights in (0, 1]', () => {
    expect(issuesOf((r) => void (r.cards[1]!.domains[1]!.weight = 1))).toContainEqual(
      expect.stringMatching(/^cards\[1\]\.domains: The domains of card 2: exactly one .*has 2\)/),
    );
    expect(issuesOf((r) => void (r.cards[0]!.domains[0]!.weight = 0.5))).toContainEqual(
      expect.stringMatching(/^cards\[0\]\.domains: The domains of card 1: exactly one .*has 0\)/),
    );
    expect(issuesOf((r) => void (r.cards[1]!.domains[1]!.weight = 0))[0]).toMatch(/^cards\[1\]\.domains\[1\]\.weight: /);
    expect(issuesOf((r) => void (r.cards[1]!.domains[1]!.weight = 1.5))[0]).toMatch(/^cards\[1\]\.domains\[1\]\.weight: /);
  });

  it('checks the card text length in every language the card is written in, not English only', () => {
    expect(issuesOf((r) => void (r.cards[0]!.text = { en: 'x'.repeat(221) }))).toEqual([expect.stringMatching(/^cards\[0\]\.text\.en: .*221 characters.*220/)]);
    expect(issuesOf((r) => void (r.cards[0]!.text = { en: 'Short.', fr: 'x'.repeat(230) } as never))).toEqual([
      expect.stringMatching(/^cards\[0\]\.text\.fr: .*230 characters.*220/),
    ]);
    expect(issuesOf((r) => void (r.cards[0]!.text = { en: 'Short.', es: 'y'.repeat(220) } as never))).toEqual([]);
  });

  it('needs the tempting neighbour on every card: a domain other than the best one, on the board, with a why', () => {
    expect(issuesOf((r) => void delete (r.cards[2] as { tempting?: unknown }).tempting)[0]).toMatch(/^cards\[2\]\.tempting: /);
    expect(issuesOf((r) => void (r.cards[2]!.tempting.domain = 'complex'))).toEqual([
      expect.stringMatching(/^cards\[2\]\.tempting\.domain: .*"complex" is this card's best domain/),
    ]);
    expect(issuesOf((r) => void (r.cards[2]!.tempting.domain = 'confused'))).toEqual([expect.stringMatching(/^cards\[2\]\.tempting\.domain: .*showConfused/)]);
    expect(issuesOf((r) => void ((r.cards[2]!.tempting as { why?: unknown }).why = undefined))[0]).toMatch(/^cards\[2\]\.tempting\.why: /);
    expect(issuesOf((r) => Object.assign(r.cards[2]!.tempting, { weight: 1 }))[0]).toMatch(/^cards\[2\]\.tempting: .*weight/);
    // A part-credit domain may be the tempting one (the reader is drawn to it for a reason).
    expect(issuesOf((r) => void (r.cards[1]!.tempting.domain = 'complex'))).toEqual([]);
  });

  it('refuses star thresholds that do not rise', () => {
    expect(issuesOf((r) => void (r.stars = [30, 30, 90]))).toEqual([expect.stringMatching(/^stars\[1\]: .*rise/)]);
    expect(issuesOf((r) => void (r.stars = [30, 60, 50]))).toEqual([expect.stringMatching(/^stars\[2\]: .*rise/)]);
  });

  it('refuses three stars a perfect player cannot reach, naming the maximum', () => {
    expect(issuesOf((r) => void (r.stars = [30, 60, 100]))).toEqual([expect.stringMatching(/^stars\[2\]: .*100.*99/)]);
    expect(issuesOf((r) => void (r.stars = [30, 60, 99]))).toEqual([]);
  });

  it("checks each card's own second question: one best move, part credit for a part-credit reading, none otherwise", () => {
    type Opt = { id: string; fits?: string; credit: number };
    const opts = (r: Raw, i: number) => r.cards[i]!.second.options as Opt[];
    // The best move is the one that fits the best domain, with credit 1.
    expect(issuesOf((r) => void (opts(r, 0)[1]!.credit = 0.5))).toContainEqual(expect.stringMatching(/^cards\[0\]\.second\.options\[1\]\.credit: .*earns 1/));
    expect(issuesOf((r) => void (opts(r, 0)[1]!.credit = 0.5))).toContainEqual(expect.stringMatching(/^cards\[0\]\.second\.options: .*no option has credit 1/));
    // A move that follows no accepted reading earns nothing.
    expect(issuesOf((r) => void (opts(r, 0)[0]!.credit = 1))).toContainEqual(expect.stringMatching(/^cards\[0\]\.second\.options\[0\]\.credit: .*earns 0/));
    // The move of a part-credit reading earns that domain's weight, not less and not more.
    expect(issuesOf((r) => void (opts(r, 1)[2]!.credit = 0))).toEqual([
      expect.stringMatching(/^cards\[1\]\.second\.options\[2\]\.credit: .*"complex" earns 0\.5/),
    ]);
    // Every reading the card accepts has its move.
    expect(issuesOf((r) => void opts(r, 1).splice(2, 1, { id: 'o-x', text: { en: 'x' }, credit: 0, why: { en: 'y' } } as never))).toContainEqual(
      expect.stringMatching(/^cards\[1\]\.second\.options: .*no option fits "complex"/),
    );
    // Ids are the card's own; one option per reading; three to four options.
    expect(issuesOf((r) => void (opts(r, 0)[2]!.id = 'o-miss'))).toEqual([
      expect.stringMatching(/^cards\[0\]\.second\.options\[2\]\.id: .*"o-miss" is used twice/),
    ]);
    expect(issuesOf((r) => void (opts(r, 0)[0]!.fits = 'clear'))).toContainEqual(
      expect.stringMatching(/^cards\[0\]\.second\.options\[1\]\.fits: .*two options fit "clear"/),
    );
    expect(issuesOf((r) => void opts(r, 0).splice(2))[0]).toMatch(/^cards\[0\]\.second\.options: .*at least 3/);
    // A card may ask no second question (a trainer's own card): only its domain is scored.
    expect(issuesOf((r) => void delete (r.cards[0] as { second?: unknown }).second)).toEqual([]);
  });

  it('refuses card text too long to read on a phone, unknown fields, and too few cards', () => {
    expect(issuesOf((r) => void (r.cards[3]!.text.en = 'x'.repeat(221)))).toEqual([expect.stringMatching(/^cards\[3\]\.text\.en: .*221/)]);
    expect(issuesOf((r) => Object.assign(r.cards[0]!, { hint: { en: 'x' } }))[0]).toMatch(/^cards\[0\]: .*hint/);
    expect(issuesOf((r) => void r.cards.splice(5))[0]).toMatch(/^cards: /);
  });

  it('takes two or three discussion questions, or none, and names a list of the wrong size', () => {
    const q = (en: string) => ({ en });
    const withQs = (n: number) => issuesOf((r) => Object.assign(r, { discussion: Array.from({ length: n }, (_, i) => q(`Question ${i + 1}?`)) }));
    expect(withQs(2)).toEqual([]);
    expect(withQs(3)).toEqual([]);
    expect(withQs(1)[0]).toMatch(/^discussion: /);
    expect(withQs(4)[0]).toMatch(/^discussion: /);
    expect(issuesOf((r) => Object.assign(r, { discussion: [q('Why?'), q(' ')] }))[0]).toMatch(/^discussion\[1\]\.en: Discussion question 2 \(English\)/);
    const parsed = parseLevel(levelSchema, 'trainer.json', { ...rawFixture(), discussion: [q('A?'), { en: 'B?', fr: 'B ?' }] });
    expect(parsed.ok && parsed.level.discussion).toEqual([{ en: 'A?' }, { en: 'B?', fr: 'B ?' }]);
  });

  it('reports a file that is not JSON with its file name', () => {
    const r = parseLevelFile('mine.json', '{ "schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: 'mine.json', path: '', message: expect.stringMatching(/JSON/) });
    expect(parseLevelFile('ok.json', JSON.stringify(rawFixture())).ok).toBe(true);
  });
});

describe('checkLevelSet', () => {
  it('reports a card id, level id or order used by two files, in the second file', () => {
    const a = fixture();
    const b = fixture({ id: 'second', order: 2, cards: a.cards.map((c, i) => ({ ...c, id: i === 3 ? 'f-chaotic' : `b-${i}` })) });
    expect(
      checkLevelSet([
        { file: 'a.json', level: a },
        { file: 'b.json', level: b },
      ]),
    ).toEqual([{ file: 'b.json', path: 'cards[3].id', message: 'card id "f-chaotic" is also used in a.json.' }]);
    const c = fixture({ order: 1, cards: a.cards.map((x, i) => ({ ...x, id: `c-${i}` })) });
    const issues = checkLevelSet([
      { file: 'a.json', level: a },
      { file: 'c.json', level: c },
    ]);
    expect(issues.map((i) => `${i.file} ${i.path}`)).toEqual(['c.json id', 'c.json order']);
  });
});
