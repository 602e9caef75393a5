// The room's debrief questions: every shipped level of every game carries two or three (its `discussion` field),
// short enough for a projector, translated in each overlay, and listed in the game's facilitator guide as in the files
// (the French and Spanish guides list the overlays' translations).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCUSSION_COUNT } from '../../../src/core/levels';
import { textHash } from '../../../src/core/levelSet';

const ROOT = join(__dirname, '../../..');
const GAMES = ['cynefin', 'seek-sense-share', 'facilitator'] as const;
/** Longest English question: one that fits a projector slide at the projector text size. */
const MAX_QUESTION = 160;

type Text = { en: string };
type Shipped = { file: string; order: number; discussion?: Text[] };
type Overlay = Record<string, { text: string; source: string }>;

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

/** The game's shipped levels (not their overlays), in level-select order. */
function levelsOf(game: string): Shipped[] {
  return readdirSync(join(ROOT, 'levels', game))
    .filter((f) => /^[^.]+\.json$/.test(f))
    .map((f) => ({ ...read<Shipped>(`levels/${game}/${f}`), file: f }))
    .sort((a, b) => a.order - b.order);
}

/** The translated guides, and the heading of each one's "Questions for each level" part. */
const GUIDE_LANGS = ['fr', 'es'] as const;
const QUESTIONS_HEADING: Record<'en' | (typeof GUIDE_LANGS)[number], string> = {
  en: 'Questions for each level',
  fr: 'Questions pour chaque niveau',
  es: 'Preguntas para cada nivel',
};

/** The list items of the guide's "Questions for each level" part, in order (the English guide, or a translation). */
function guideQuestions(game: string, lang: keyof typeof QUESTIONS_HEADING = 'en'): string[] {
  const md = readFileSync(join(ROOT, 'docs', lang === 'en' ? `guide-${game}.md` : `guide-${game}.${lang}.md`), 'utf8');
  const part = md.split(`### ${QUESTIONS_HEADING[lang]}`)[1]?.split(/\n## /)[0] ?? '';
  return part
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
}

describe.each(GAMES)('%s: discussion questions', (game) => {
  const levels = levelsOf(game);

  it('every shipped level has two or three, each short and open (a question)', () => {
    expect(levels.length).toBeGreaterThan(0);
    for (const l of levels) {
      const qs = l.discussion ?? [];
      expect(qs.length, l.file).toBeGreaterThanOrEqual(DISCUSSION_COUNT.min);
      expect(qs.length, l.file).toBeLessThanOrEqual(DISCUSSION_COUNT.max);
      for (const q of qs) {
        expect(q.en.length, `${l.file}: ${q.en}`).toBeLessThanOrEqual(MAX_QUESTION);
        expect(q.en.trimEnd().endsWith('?'), `${l.file}: ${q.en}`).toBe(true);
      }
    }
  });

  it.each(['fr', 'es'])('each has a current %s translation in the level overlay', (lang) => {
    const missing: string[] = [];
    for (const l of levels) {
      const overlay = read<Overlay>(`levels/${game}/${l.file.replace(/\.json$/, `.${lang}.json`)}`);
      (l.discussion ?? []).forEach((q, i) => {
        const entry = overlay[`/discussion/${i}`];
        if (!entry || entry.text.trim() === '' || entry.source !== textHash(q.en)) missing.push(`${l.file} /discussion/${i}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('the facilitator guide lists them, level by level, as in the files', () => {
    expect(guideQuestions(game)).toEqual(levels.flatMap((l) => (l.discussion ?? []).map((q) => q.en)));
  });

  it.each(GUIDE_LANGS)("the %s facilitator guide lists the overlays' translations, level by level", (lang) => {
    const translated = levels.flatMap((l) => {
      const overlay = read<Overlay>(`levels/${game}/${l.file.replace(/\.json$/, `.${lang}.json`)}`);
      return (l.discussion ?? []).map((_, i) => overlay[`/discussion/${i}`]?.text ?? '');
    });
    expect(guideQuestions(game, lang)).toEqual(translated);
  });
});

describe('facilitator guides', () => {
  it('every English guide has a French and a Spanish translation', () => {
    const guides = readdirSync(join(ROOT, 'docs')).filter((f) => /^guide-[^.]+\.md$/.test(f));
    expect(guides.length).toBeGreaterThan(0);
    const missing = guides.flatMap((f) => GUIDE_LANGS.map((lang) => f.replace(/\.md$/, `.${lang}.md`)).filter((t) => !existsSync(join(ROOT, 'docs', t))));
    expect(missing).toEqual([]);
  });
});
