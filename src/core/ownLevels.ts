// A trainer's own level files, kept in this browser after they pass their game's checks: listed under "Your
// levels", playable, removable and exportable. The file's text is kept as it was, and checked again each time it
// is loaded (by the game's schema of the day). Read entry by entry: a broken entry is dropped, the rest kept.
import type { KeyValueStore } from './storage';
import { BAD, num, object, str } from './storedData';

export const OWN_LEVELS_KEY = 'learning-arcade/own-levels';
/** All kept files together stay under this many characters (localStorage holds about 5 million). */
export const MAX_OWN_CHARS = 2_000_000;
export const MAX_OWN_PER_GAME = 40;

export interface OwnLevel {
  gameId: string;
  levelId: string;
  file: string;
  text: string;
  addedAt: number;
}
export const readOwnLevel = object<OwnLevel>({
  gameId: str(Infinity, /^[a-z0-9-]{1,64}$/),
  levelId: str(Infinity, /^[a-z0-9][a-z0-9-]{0,63}$/),
  file: str(255),
  text: str(),
  addedAt: num(),
});

/** 'no-room': kept for this visit only (storage full or gone, or over MAX_OWN_CHARS: then not kept at all). */
export type AddResult = 'added' | 'replaced' | 'too-many' | 'no-room';

export class OwnLevelsStore {
  private entries: OwnLevel[] = [];

  constructor(
    private readonly kv: KeyValueStore | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.entries = this.read();
  }

  list(gameId: string): OwnLevel[] {
    return this.entries.filter((e) => e.gameId === gameId).map((e) => ({ ...e }));
  }

  /** Keeps a file that passed its game's checks; the same level id again replaces the earlier file. */
  add(gameId: string, levelId: string, file: string, text: string): AddResult {
    const others = this.entries.filter((e) => !(e.gameId === gameId && e.levelId === levelId));
    const replaced = others.length < this.entries.length;
    if (!replaced && others.filter((e) => e.gameId === gameId).length >= MAX_OWN_PER_GAME) return 'too-many';
    const next = [...others, { gameId, levelId, file, text, addedAt: this.now() }];
    if (next.reduce((n, e) => n + e.text.length, 0) > MAX_OWN_CHARS) return 'no-room';
    // Kept for this visit even when storage is full or gone; 'no-room' says it will not be there next time.
    this.entries = next;
    if (!this.write(next)) return 'no-room';
    return replaced ? 'replaced' : 'added';
  }

  remove(gameId: string, levelId: string): void {
    this.entries = this.entries.filter((e) => !(e.gameId === gameId && e.levelId === levelId));
    this.write(this.entries);
  }

  private read(): OwnLevel[] {
    try {
      const text = this.kv?.getItem(OWN_LEVELS_KEY);
      if (!text || text.length > MAX_OWN_CHARS * 2) return [];
      const raw: unknown = JSON.parse(text);
      if (!Array.isArray(raw)) return [];
      return raw.flatMap((e) => {
        const r = readOwnLevel(e);
        return r !== BAD ? [r] : [];
      });
    } catch {
      return [];
    }
  }

  private write(entries: OwnLevel[]): boolean {
    if (!this.kv) return false;
    try {
      this.kv.setItem(OWN_LEVELS_KEY, JSON.stringify(entries));
      return true;
    } catch {
      return false;
    }
  }
}
