// What a self-learner keeps across days, beside the save: the library of every explanation met (by game and
// concept, searchable) and the before-and-after checks. Its own storage key, read entry by entry like the save:
// a bad entry is dropped, the rest kept, and storage that throws or is full never stops play.
import type { KeyValueStore } from './storage';
import { BAD, int, num, object, optional, str } from './storedData';
import type { LocalText } from './i18n';
import type { SummaryItem } from './round';
import { firstForm, otherForm, type CheckForm } from './checkForm';

export const LEARNING_KEY = 'learning-arcade/learning';
/** The library keeps the most recent explanations up to this many (a few hundred is years of play). */
export const MAX_LIBRARY = 600;

export interface LibraryEntry {
  gameId: string;
  levelTitle: LocalText;
  concept?: LocalText;
  title: LocalText;
  explanation: LocalText;
  metAt: number;
}
const line = str(4000);
const text = object<LocalText>({ en: line, fr: optional(line), es: optional(line) });
export const readEntry = object<LibraryEntry>({ gameId: str(64), levelTitle: text, concept: optional(text), title: text, explanation: text, metAt: num() });

export interface CheckResult {
  score: number;
  total: number;
  at: number;
  /** Which of the two parallel forms was taken (absent in results kept before there were two). */
  form?: CheckForm;
  /** Question id -> the option chosen, so the second check can explain both item by item. */
  answers?: Record<string, string>;
}
/** Most answers one result keeps (a form has at most 10 questions). */
const MAX_ANSWERS = 20;
const readForm = (v: unknown): CheckForm | typeof BAD => (v === 'a' || v === 'b' ? v : BAD);
function readAnswers(v: unknown): Record<string, string> | typeof BAD {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return BAD;
  const out: Record<string, string> = {};
  const entries = Object.entries(v);
  if (entries.length > MAX_ANSWERS) return BAD;
  for (const [k, x] of entries) {
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(k) || typeof x !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(x)) return BAD;
    out[k] = x;
  }
  return out;
}
export const readCheckResult = object<CheckResult>({ score: int(), total: int(), at: num(), form: optional(readForm), answers: optional(readAnswers) });
export interface CheckRecord {
  before?: CheckResult;
  after?: CheckResult;
}

interface LearningData {
  library: LibraryEntry[];
  checks: Record<string, CheckRecord>;
  /** This player's own seed for choosing which check form comes first (counterbalancing); drawn once, then kept. */
  formSeed?: number;
}

/** Lower-case, accents off: "Café" finds "cafe". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export class LearningStore {
  private data: LearningData = { library: [], checks: {} };
  private writable = true;

  constructor(
    private readonly kv: KeyValueStore | null,
    private readonly now: () => number = () => Date.now(),
    private readonly random: () => number = Math.random,
  ) {
    this.data = this.read();
  }

  /** The library and the checks, a copy (a progress file saves them). */
  snapshot(): { library: LibraryEntry[]; checks: Record<string, CheckRecord> } {
    return structuredClone({ library: this.data.library, checks: this.data.checks });
  }

  /** The library and the checks as a progress file restored and merged has them (core/progress mergeLearning). */
  setProgress(p: { library: LibraryEntry[]; checks: Record<string, CheckRecord> }): void {
    this.data.library = structuredClone(p.library).slice(-MAX_LIBRARY);
    this.data.checks = structuredClone(p.checks);
    this.persist();
  }

  /** Keeps every explanation of a finished round (one entry per game and item, the latest wins). */
  remember(gameId: string, levelTitle: LocalText, items: readonly SummaryItem[]): void {
    for (const item of items) {
      const entry: LibraryEntry = {
        gameId,
        levelTitle,
        title: item.title,
        explanation: item.explanation,
        metAt: this.now(),
        ...(item.concept ? { concept: item.concept } : {}),
      };
      const same = this.data.library.findIndex((e) => e.gameId === gameId && e.title.en === item.title.en);
      if (same >= 0) this.data.library.splice(same, 1);
      this.data.library.push(entry);
    }
    if (this.data.library.length > MAX_LIBRARY) this.data.library.splice(0, this.data.library.length - MAX_LIBRARY);
    this.persist();
  }

  /** The library, newest first, filtered by a search in the given language (title, explanation, concept). */
  library(query = '', lang: keyof LocalText = 'en'): LibraryEntry[] {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    const say = (t: LocalText | undefined): string => (t ? (t[lang] ?? t.en) : '');
    return [...this.data.library]
      .reverse()
      .filter((e) => {
        const hay = foldText(`${say(e.title)} ${say(e.explanation)} ${say(e.concept)} ${say(e.levelTitle)}`);
        return words.every((w) => hay.includes(w));
      })
      .map((e) => structuredClone(e));
  }

  check(gameId: string): CheckRecord {
    return structuredClone(Object.hasOwn(this.data.checks, gameId) ? this.data.checks[gameId]! : {});
  }

  /**
   * The form this check uses: the first check of a game a form drawn from this player's kept seed, the second the
   * other one (whatever the first was); a first check taken again keeps its form.
   */
  formFor(gameId: string, when: 'before' | 'after'): CheckForm {
    const rec = this.check(gameId);
    if (when === 'before') return rec.before?.form ?? firstForm(this.seed(), gameId);
    const first = rec.before?.form ?? firstForm(this.seed(), gameId);
    return otherForm(first);
  }

  private seed(): number {
    if (this.data.formSeed === undefined) {
      this.data.formSeed = Math.floor(this.random() * 2 ** 32) >>> 0;
      this.persist();
    }
    return this.data.formSeed;
  }

  /** Records a check taken before the first level or after the last one; a later "before" never replaces one. */
  recordCheck(
    gameId: string,
    when: 'before' | 'after',
    score: number,
    total: number,
    taken?: { form: CheckForm; answers: Record<string, string> },
  ): CheckRecord {
    const rec = this.check(gameId);
    if (when === 'before' && rec.before) return rec;
    rec[when] = { score, total, at: this.now(), ...(taken ? { form: taken.form, answers: { ...taken.answers } } : {}) };
    this.data.checks[gameId] = rec;
    this.persist();
    return structuredClone(rec);
  }

  private read(): LearningData {
    const out: LearningData = { library: [], checks: {} };
    let raw: unknown;
    try {
      const t = this.kv?.getItem(LEARNING_KEY);
      if (!t) return out;
      raw = t.length > 4_000_000 ? null : JSON.parse(t);
    } catch {
      return out;
    }
    if (typeof raw !== 'object' || raw === null) return out;
    const r = raw as { library?: unknown; checks?: unknown; formSeed?: unknown };
    if (Array.isArray(r.library))
      for (const e of r.library) {
        const p = readEntry(e);
        if (p !== BAD) out.library.push(p);
      }
    if (typeof r.checks === 'object' && r.checks !== null) {
      for (const [gameId, rec] of Object.entries(r.checks)) {
        if (!/^[a-z0-9-]{1,64}$/.test(gameId) || typeof rec !== 'object' || rec === null) continue;
        const c: CheckRecord = {};
        for (const when of ['before', 'after'] as const) {
          const p = readCheckResult((rec as Record<string, unknown>)[when]);
          if (p !== BAD) c[when] = p;
        }
        out.checks[gameId] = c;
      }
    }
    if (typeof r.formSeed === 'number' && Number.isInteger(r.formSeed) && r.formSeed >= 0 && r.formSeed < 2 ** 32) out.formSeed = r.formSeed;
    return out;
  }

  private persist(): void {
    if (!this.writable || !this.kv) return;
    try {
      this.kv.setItem(LEARNING_KEY, JSON.stringify(this.data));
    } catch {
      // Full or gone: the library lasts until the page closes (the save's own notice tells the player).
      this.writable = false;
    }
  }
}
