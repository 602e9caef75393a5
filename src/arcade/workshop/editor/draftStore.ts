// The draft in progress, kept in this browser under a key of its game's so a reload does not lose it. Storage that
// throws or is full is said once; the draft lives on in memory and Save or Export still work.
import { browserStore } from '../../services';

/** One key per game (the Cynefin key is the one drafts were always kept under). */
export const draftKey = (gameId: string): string => `learning-arcade/editor-draft/${gameId}`;
/** A draft bigger than this is not written (16 full cards take about 60,000 characters). */
const MAX_DRAFT_CHARS = 400_000;

export function loadDraft<D>(gameId: string, parse: (raw: unknown) => D | null): D | null {
  try {
    const text = browserStore()?.getItem(draftKey(gameId));
    if (!text || text.length > MAX_DRAFT_CHARS) return null;
    return parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** False when the draft could not be kept (no storage, full, or too big). */
export function storeDraft(gameId: string, d: unknown): boolean {
  const kv = browserStore();
  if (!kv) return false;
  try {
    const text = JSON.stringify(d);
    if (text.length > MAX_DRAFT_CHARS) return false;
    kv.setItem(draftKey(gameId), text);
    return true;
  } catch {
    return false;
  }
}
