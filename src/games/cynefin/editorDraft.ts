// The Cynefin level editor's drafts read back (pure): a level file opened for editing, and a draft kept in storage.
// What the editor has no control for (other languages, fields it does not know) is kept as it came.
import { z } from 'zod';
import type { LocalText } from '../../core/i18n';
import { DEFAULT_ORDER, MAX_DOMAINS, blankOptions, newDraft, slug, type Draft, type DraftOption } from './editor';
import { MAX_CARDS, SECOND_OPTIONS } from './schema';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function localOf(v: unknown): LocalText {
  if (!isObj(v)) return { en: '' };
  const out: LocalText = { en: str(v.en) };
  if (typeof v.fr === 'string') out.fr = v.fr;
  if (typeof v.es === 'string') out.es = v.es;
  return out;
}

function without(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

const LEVEL_KEYS = ['schemaVersion', 'id', 'title', 'order', 'summary', 'secondStep', 'showConfused', 'timerSeconds', 'scoring', 'stars', 'cards'];
const CARD_KEYS = ['id', 'text', 'domains', 'explanation', 'second', 'tempting'];

function optionOf(o: Record<string, unknown>, k: number): DraftOption {
  return { id: str(o.id) || `option-${k + 1}`, text: localOf(o.text), fits: str(o.fits), credit: str(o.credit), why: localOf(o.why) };
}

/** A level file's content (a kept level of the trainer's, or any level) as a draft; what it lacks stays empty. */
export function draftFromLevel(raw: unknown, now: number): Draft {
  const base = newDraft(now);
  if (!isObj(raw)) return base;
  const scoring = isObj(raw.scoring) ? raw.scoring : {};
  const stars = Array.isArray(raw.stars) ? raw.stars : [];
  const cards = Array.isArray(raw.cards) ? raw.cards.filter(isObj) : [];
  const title = localOf(raw.title);
  const id = str(raw.id);
  return {
    ...base,
    id,
    idAuto: id === '' || id === slug(title.en),
    title,
    summary: localOf(raw.summary),
    order: typeof raw.order === 'number' ? raw.order : DEFAULT_ORDER,
    secondStep: str(raw.secondStep) || 'response',
    showConfused: raw.showConfused === true,
    timerSeconds: str(raw.timerSeconds),
    scoring: { domain: str(scoring.domain), second: str(scoring.second), streakBonus: str(scoring.streakBonus), streakFrom: str(scoring.streakFrom) },
    // Opened stars are kept as the file had them.
    autoStars: false,
    stars: [str(stars[0]), str(stars[1]), str(stars[2])],
    cards: cards.map((c, i) => {
      const second = isObj(c.second) ? c.second : null;
      const options = second && Array.isArray(second.options) ? second.options.filter(isObj).slice(0, SECOND_OPTIONS.max).map(optionOf) : [];
      const tempting = isObj(c.tempting) ? c.tempting : {};
      const domains = Array.isArray(c.domains) ? c.domains.filter(isObj) : [];
      return {
        id: str(c.id) || `c${base.stamp}-${i + 1}`,
        text: localOf(c.text),
        domains: domains.map((x) => ({ domain: str(x.domain), weight: str(x.weight), why: localOf(x.why) })),
        explanation: localOf(c.explanation),
        asks: second !== null,
        options: options.length > 0 ? options : blankOptions(),
        secondExplanation: localOf(second?.explanation),
        temptingDomain: str(tempting.domain),
        temptingWhy: localOf(tempting.why),
        rest: without(c, CARD_KEYS),
      };
    }),
    nextCard: cards.length + 1,
    rest: without(raw, LEVEL_KEYS),
  };
}

const localTextShape = z.object({ en: z.string(), fr: z.string().optional(), es: z.string().optional() });
const optionShape = z.object({ id: z.string().max(200), text: localTextShape, fits: z.string().max(40), credit: z.string().max(40), why: localTextShape });
const draftShape = z.object({
  v: z.literal(2),
  // Drafts kept before the language choice are in English.
  writing: z.enum(['en', 'fr', 'es']).default('en'),
  id: z.string().max(200),
  idAuto: z.boolean(),
  title: localTextShape,
  summary: localTextShape,
  order: z.number(),
  secondStep: z.string(),
  showConfused: z.boolean(),
  timerSeconds: z.string(),
  scoring: z.object({ domain: z.string(), second: z.string(), streakBonus: z.string(), streakFrom: z.string() }),
  autoStars: z.boolean(),
  stars: z.tuple([z.string(), z.string(), z.string()]),
  cards: z
    .array(
      z.object({
        id: z.string(),
        text: localTextShape,
        domains: z.array(z.object({ domain: z.string(), weight: z.string(), why: localTextShape })).max(MAX_DOMAINS),
        explanation: localTextShape,
        asks: z.boolean(),
        options: z.array(optionShape).max(SECOND_OPTIONS.max),
        secondExplanation: localTextShape,
        temptingDomain: z.string(),
        temptingWhy: localTextShape,
        rest: z.record(z.string(), z.unknown()),
      }),
    )
    .max(MAX_CARDS),
  nextCard: z.number().int(),
  stamp: z.string().max(16),
  rest: z.record(z.string(), z.unknown()),
});

/** A kept draft read back (from storage, so anything): the draft, or null when it is not one. A draft kept before
 * cards wrote their own options (v1, one answer from a fixed table) comes back with blank options to write. */
export function parseDraft(raw: unknown): Draft | null {
  const r = draftShape.safeParse(isObj(raw) && raw.v === 1 ? fromV1(raw) : raw);
  return r.success ? (r.data as Draft) : null;
}

function fromV1(raw: Record<string, unknown>): Record<string, unknown> {
  const cards = Array.isArray(raw.cards)
    ? raw.cards.map((c) => {
        if (!isObj(c)) return c;
        const { secondAnswer: _old, ...rest } = c;
        return { ...rest, asks: true, options: blankOptions() };
      })
    : raw.cards;
  return { ...raw, v: 2, cards };
}
