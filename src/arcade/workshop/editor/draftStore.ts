// The draft in progress, kept in this browser under its own key so a reload does not lose it. Storage that throws
// or is full is said once; the draft lives on in memory and Save or Export still work.
import { browserStore } from '../../services';
import type { Draft } from '../../../games/cynefin/editor';
import { parseDraft } from '../../../games/cynefin/editorDraft';

export const DRAFT_KEY = 'learning-arcade/editor-draft/cynefin';
/** A draft bigger than this is not written (16 full cards take about 60,000 characters). */
const MAX_DRAFT_CHARS = 400_000;

export function loadDraft(): Draft | null {
  try {
    const text = browserStore()?.getItem(DRAFT_KEY);
    if (!text || text.length > MAX_DRAFT_CHARS) return null;
    return parseDraft(JSON.parse(text));
  } catch {
    return null;
  }
}

/** False when the draft could not be kept (no storage, full, or too big). */
export function storeDraft(d: Draft): boolean {
  const kv = browserStore();
  if (!kv) return false;
  try {
    const text = JSON.stringify(d);
    if (text.length > MAX_DRAFT_CHARS) return false;
    kv.setItem(DRAFT_KEY, text);
    return true;
  } catch {
    return false;
  }
}
