// The Cynefin level editor's model (pure: no DOM, no engine, no storage): a draft level as the trainer types it,
// the actions that change it and its level file (validation through the game's schema is in editorValidate.ts).
import { LANGS, type Lang, type LocalText } from '../../core/i18n';
import { MAX_CARDS, MIN_CARDS, SECOND_OPTIONS, maxScoreOf, type Level } from './schema';

/** One accepted domain of a card: number fields are kept as typed (a word gets the schema's message, not a silent 0;
 * "0,5" is read as 0.5). */
export interface DraftDomain {
  domain: string;
  weight: string;
  why: LocalText;
}

/** One option of a card's second question, numbers kept as typed like the domains'. */
export interface DraftOption {
  id: string;
  text: LocalText;
  /** The domain reading the option is the right move for ('' for none). */
  fits: string;
  credit: string;
  why: LocalText;
}

export interface DraftCard {
  id: string;
  text: LocalText;
  domains: DraftDomain[];
  explanation: LocalText;
  /** Whether the card asks its own second question (a card without one is scored on its domain alone). */
  asks: boolean;
  options: DraftOption[];
  secondExplanation: LocalText;
  temptingDomain: string;
  temptingWhy: LocalText;
  /** Fields of an opened file the editor has no control for, kept as they were. */
  rest: Record<string, unknown>;
}

export type ScoringField = 'domain' | 'second' | 'streakBonus' | 'streakFrom';

export interface Draft {
  /** 2: each card writes its own second-question options (1 named one of a fixed table). */
  v: 2;
  /** The language the trainer is writing the texts in (English is required; French and Spanish are optional). */
  writing: Lang;
  id: string;
  /** The id follows the title until the trainer types an id of their own. */
  idAuto: boolean;
  title: LocalText;
  summary: LocalText;
  order: number;
  secondStep: string;
  showConfused: boolean;
  /** Empty: no clock. */
  timerSeconds: string;
  scoring: Record<ScoringField, string>;
  /** Star scores from the best possible score (half, three quarters, all), kept right as cards come and go. */
  autoStars: boolean;
  stars: [string, string, string];
  cards: DraftCard[];
  /** Makes new card ids unique in this draft; `stamp` makes them unlikely to meet another level's. */
  nextCard: number;
  stamp: string;
  rest: Record<string, unknown>;
}

export const MAX_DOMAINS = 3;
/** Where a trainer's level sits among the others unless its file says otherwise. */
export const DEFAULT_ORDER = 100;
/** Star thresholds as shares of the best possible score when set automatically. */
export const AUTO_STAR_SHARES = [0.5, 0.75, 1] as const;
/** Part credit a second domain starts with. */
export const DEFAULT_PART_WEIGHT = '0.5';

const text = (en = ''): LocalText => ({ en });

/** A text with one language written: English always kept (even empty, the schema names it); another language
 * emptied is taken out, since it is optional. */
function put(t: LocalText, lang: Lang, value: string): LocalText {
  const next: LocalText = { ...t };
  if (lang === 'en') next.en = value;
  else if (value === '') delete next[lang];
  else next[lang] = value;
  return next;
}

/** The text in the language being written ('' when it has none yet). */
export function textIn(t: LocalText, lang: Lang): string {
  return t[lang] ?? '';
}

export function setWriting(d: Draft, lang: string): Draft {
  return (LANGS as readonly string[]).includes(lang) ? { ...d, writing: lang as Lang } : d;
}

/** A new card's options: the best move first (credit 1), then moves that earn nothing until the trainer says so. */
export function blankOptions(): DraftOption[] {
  return Array.from({ length: SECOND_OPTIONS.min }, (_, k) => ({ id: `option-${k + 1}`, text: text(), fits: '', credit: k === 0 ? '1' : '0', why: text() }));
}

function blankCard(id: string): DraftCard {
  return {
    id,
    text: text(),
    domains: [{ domain: '', weight: '1', why: text() }],
    explanation: text(),
    asks: true,
    options: blankOptions(),
    secondExplanation: text(),
    temptingDomain: '',
    temptingWhy: text(),
    rest: {},
  };
}

/** "Budget day at the port" -> "budget-day-at-the-port" (the level id's own rules: a-z, 0-9, dashes, 64 at most). */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** A new level with one empty card; `now` (ms) makes its card ids its own. */
export function newDraft(now: number): Draft {
  const stamp = Math.floor(now).toString(36).slice(-6);
  return {
    v: 2,
    writing: 'en',
    id: '',
    idAuto: true,
    title: text(),
    summary: text(),
    order: DEFAULT_ORDER,
    secondStep: 'response',
    showConfused: false,
    timerSeconds: '',
    scoring: { domain: '10', second: '5', streakBonus: '2', streakFrom: '3' },
    autoStars: true,
    stars: ['', '', ''],
    cards: [blankCard(`c${stamp}-1`)],
    nextCard: 2,
    stamp,
    rest: {},
  };
}

// --- Actions: each returns a new draft and leaves the one given untouched. ---

export type LevelPatch = Partial<Pick<Draft, 'secondStep' | 'showConfused' | 'timerSeconds' | 'autoStars'>> & { title?: string; summary?: string; id?: string };

export function setLevel(d: Draft, p: LevelPatch): Draft {
  const next: Draft = { ...d };
  if (p.title !== undefined) {
    next.title = put(d.title, d.writing, p.title);
    // The id follows the English title (the one every level has).
    if (d.idAuto) next.id = slug(next.title.en);
  }
  if (p.summary !== undefined) next.summary = put(d.summary, d.writing, p.summary);
  if (p.id !== undefined) {
    next.id = p.id;
    // Emptying the id hands it back to the title.
    next.idAuto = p.id === '';
    if (p.id === '') next.id = slug(d.title.en);
  }
  if (p.secondStep !== undefined) next.secondStep = p.secondStep;
  if (p.showConfused !== undefined) next.showConfused = p.showConfused;
  if (p.timerSeconds !== undefined) next.timerSeconds = p.timerSeconds;
  if (p.autoStars !== undefined) {
    next.autoStars = p.autoStars;
    // Switching to typed stars starts from the values the trainer saw.
    if (!p.autoStars) next.stars = autoStars(d).map(String) as [string, string, string];
  }
  return next;
}

export function setScoring(d: Draft, field: ScoringField, value: string): Draft {
  return { ...d, scoring: { ...d.scoring, [field]: value } };
}

export function setStar(d: Draft, i: 0 | 1 | 2, value: string): Draft {
  // Typing one star takes the other two as they were shown.
  const stars = (d.autoStars ? autoStars(d).map(String) : [...d.stars]) as [string, string, string];
  stars[i] = value;
  return { ...d, stars, autoStars: false };
}

export function addCard(d: Draft): Draft {
  if (d.cards.length >= MAX_CARDS) return d;
  return { ...d, cards: [...d.cards, blankCard(`c${d.stamp}-${d.nextCard}`)], nextCard: d.nextCard + 1 };
}

export function removeCard(d: Draft, i: number): Draft {
  if (i < 0 || i >= d.cards.length) return d;
  return { ...d, cards: d.cards.filter((_, k) => k !== i) };
}

/** Moves card i by delta places (-1 up, +1 down); a card at the edge stays. (The game deals the cards shuffled by the
 * round's seed: this is their order in the file, the one the seed shuffles.) */
export function moveCard(d: Draft, i: number, delta: number): Draft {
  const j = i + delta;
  if (i < 0 || i >= d.cards.length || j < 0 || j >= d.cards.length) return d;
  const cards = [...d.cards];
  [cards[i], cards[j]] = [cards[j]!, cards[i]!];
  return { ...d, cards };
}

export type CardPatch = Partial<Pick<DraftCard, 'asks' | 'temptingDomain'>> & {
  text?: string;
  explanation?: string;
  secondExplanation?: string;
  temptingWhy?: string;
};

export function updateCard(d: Draft, i: number, p: CardPatch): Draft {
  const c = d.cards[i];
  if (!c) return d;
  const next: DraftCard = { ...c };
  if (p.text !== undefined) next.text = put(c.text, d.writing, p.text);
  if (p.explanation !== undefined) next.explanation = put(c.explanation, d.writing, p.explanation);
  if (p.secondExplanation !== undefined) next.secondExplanation = put(c.secondExplanation, d.writing, p.secondExplanation);
  if (p.temptingWhy !== undefined) next.temptingWhy = put(c.temptingWhy, d.writing, p.temptingWhy);
  if (p.asks !== undefined) next.asks = p.asks;
  if (p.temptingDomain !== undefined) next.temptingDomain = p.temptingDomain;
  return withCard(d, i, next);
}

function withCard(d: Draft, i: number, c: DraftCard): Draft {
  return { ...d, cards: d.cards.map((x, k) => (k === i ? c : x)) };
}

/** A further accepted domain, with part credit (the first one is the best answer, weight 1). */
export function addDomain(d: Draft, i: number): Draft {
  const c = d.cards[i];
  if (!c || c.domains.length >= MAX_DOMAINS) return d;
  return withCard(d, i, { ...c, domains: [...c.domains, { domain: '', weight: DEFAULT_PART_WEIGHT, why: text() }] });
}

export function updateDomain(d: Draft, i: number, j: number, p: { domain?: string; weight?: string; why?: string }): Draft {
  const c = d.cards[i];
  const dom = c?.domains[j];
  if (!c || !dom) return d;
  const next: DraftDomain = {
    domain: p.domain ?? dom.domain,
    weight: p.weight ?? dom.weight,
    why: p.why === undefined ? dom.why : put(dom.why, d.writing, p.why),
  };
  return withCard(d, i, { ...c, domains: c.domains.map((x, k) => (k === j ? next : x)) });
}

export function removeDomain(d: Draft, i: number, j: number): Draft {
  const c = d.cards[i];
  if (!c || c.domains.length <= 1 || j < 0 || j >= c.domains.length) return d;
  return withCard(d, i, { ...c, domains: c.domains.filter((_, k) => k !== j) });
}

/** A further option for the card's second question (at most four). */
export function addOption(d: Draft, i: number): Draft {
  const c = d.cards[i];
  if (!c || c.options.length >= SECOND_OPTIONS.max) return d;
  const taken = new Set(c.options.map((o) => o.id));
  let k = c.options.length + 1;
  while (taken.has(`option-${k}`)) k++;
  return withCard(d, i, { ...c, options: [...c.options, { id: `option-${k}`, text: text(), fits: '', credit: '0', why: text() }] });
}

export function updateOption(d: Draft, i: number, j: number, p: { text?: string; fits?: string; credit?: string; why?: string }): Draft {
  const c = d.cards[i];
  const o = c?.options[j];
  if (!c || !o) return d;
  const next: DraftOption = {
    id: o.id,
    text: p.text === undefined ? o.text : put(o.text, d.writing, p.text),
    fits: p.fits ?? o.fits,
    credit: p.credit ?? o.credit,
    why: p.why === undefined ? o.why : put(o.why, d.writing, p.why),
  };
  return withCard(d, i, { ...c, options: c.options.map((x, k) => (k === j ? next : x)) });
}

export function removeOption(d: Draft, i: number, j: number): Draft {
  const c = d.cards[i];
  if (!c || c.options.length <= SECOND_OPTIONS.min || j < 0 || j >= c.options.length) return d;
  return withCard(d, i, { ...c, options: c.options.filter((_, k) => k !== j) });
}

// --- The level file. ---

/** A typed number as a number, with a decimal point or a decimal comma (as French and Spanish write "0,5");
 * anything else as typed (the schema names it); empty as missing. */
export function num(s: string): number | string | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(t) || /^-?[.,]\d+$/.test(t) ? Number(t.replace(',', '.')) : t;
}

/** Level text as written: the trainer's English, other languages kept as they came. */
function txt(t: LocalText): LocalText {
  return { ...t };
}

function optionalText(t: LocalText): LocalText | undefined {
  return t.en.trim() === '' && !t.fr && !t.es ? undefined : txt(t);
}

/** Star scores from the best possible score: half, three quarters, all (1, 2, 3 when the scoring is not numbers yet). */
export function autoStars(d: Draft): [number, number, number] {
  const s = { domain: num(d.scoring.domain), second: num(d.scoring.second), streakBonus: num(d.scoring.streakBonus), streakFrom: num(d.scoring.streakFrom) };
  if (![s.domain, s.second, s.streakBonus, s.streakFrom].every((v) => typeof v === 'number')) return [1, 2, 3];
  const cards = d.cards.length > 0 ? d.cards.map((c) => (c.asks ? { id: c.id, second: true } : { id: c.id })) : [{ id: '', second: true }];
  const max = maxScoreOf(s as Level['scoring'], cards);
  const [a, b, c] = AUTO_STAR_SHARES.map((f) => Math.max(1, Math.ceil(max * f)));
  return [a!, Math.max(b!, a! + 1), Math.max(c!, b! + 1, a! + 2)];
}

/** The level file's content (before the checks): what Save keeps, Export downloads and Play starts. */
export function toLevelJson(d: Draft): Record<string, unknown> {
  const summary = optionalText(d.summary);
  const timer = num(d.timerSeconds);
  return {
    schemaVersion: 1,
    id: d.id,
    title: txt(d.title),
    order: d.order,
    ...(summary ? { summary } : {}),
    secondStep: d.secondStep || undefined,
    showConfused: d.showConfused,
    ...(timer !== undefined ? { timerSeconds: timer } : {}),
    scoring: { domain: num(d.scoring.domain), second: num(d.scoring.second), streakBonus: num(d.scoring.streakBonus), streakFrom: num(d.scoring.streakFrom) },
    stars: d.autoStars ? autoStars(d) : d.stars.map(num),
    cards: d.cards.map((c) => ({
      id: c.id,
      text: txt(c.text),
      domains: c.domains.map((x) => ({ domain: x.domain || undefined, weight: num(x.weight), why: txt(x.why) })),
      explanation: txt(c.explanation),
      ...(c.asks
        ? {
            second: {
              options: c.options.map((o) => ({ id: o.id, text: txt(o.text), ...(o.fits ? { fits: o.fits } : {}), credit: num(o.credit), why: txt(o.why) })),
              explanation: txt(c.secondExplanation),
            },
          }
        : {}),
      tempting: { domain: c.temptingDomain || undefined, why: txt(c.temptingWhy) },
      ...c.rest,
    })),
    ...d.rest,
  };
}

/** The file's text, laid out for a person to read. */
export function toFileText(d: Draft): string {
  return `${JSON.stringify(toLevelJson(d), null, 2)}\n`;
}

export function fileNameOf(d: Draft): string {
  return `${d.id || 'my-level'}.json`;
}

/** How many cards a level needs at least and at most (for the words beside the card list). */
export const CARD_LIMITS = { min: MIN_CARDS, max: MAX_CARDS } as const;
