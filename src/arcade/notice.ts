// A short, dismissible notice when progress cannot be saved (storage off, full, corrupt, partly unreadable or
// newer). Shown over whatever screen is up, the moment it happens: storage can fill in the middle of a round.
import { T } from './strings';
import { a11y } from '../ui/a11y';
import type { SaveStore, StorageNotice } from '../core/storage';

/** Watches the store for the whole visit (the store lives as long as the page); each kind is shown once. */
export function watchStorageNotices(store: SaveStore): void {
  const seen = new Set<StorageNotice>();
  const render = (n: StorageNotice): void => {
    if (!n || seen.has(n)) return;
    seen.add(n);
    document.querySelector('.notice')?.remove();
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = T(`notice.${n}`);
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = T('notice.dismiss');
    ok.addEventListener('click', () => box.remove());
    box.append(text, ok);
    a11y().root.parentElement?.append(box);
  };
  render(store.notice);
  store.onNotice(render);
}
