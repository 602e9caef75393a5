// A short, dismissible notice when progress cannot be saved (storage off, full, corrupt, partly unreadable or
// newer). Shown over whatever screen is up, the moment it happens: storage can fill in the middle of a round.
// At a booth (html.kiosk, set by arcade/kiosk before the first screen) it is the operator's business, not the
// visitor's: no notice over a visitor's controls, but a small badge in a corner that touches nothing, and the
// operator panel's storage line says what is wrong.
import { T } from './strings';
import { a11y } from '../ui/a11y';
import { noticeHost } from '../ui/noticeHost';
import type { SaveStore, StorageNotice } from '../core/storage';

/** Watches the store for the whole visit (the store lives as long as the page); each kind is shown once. */
export function watchStorageNotices(store: SaveStore): void {
  const seen = new Set<StorageNotice>();
  const render = (n: StorageNotice): void => {
    if (!n || seen.has(n)) return;
    seen.add(n);
    if (document.documentElement.classList.contains('kiosk')) return operatorBadge(T(`notice.${n}`));
    document.querySelector('.notice.storage-notice')?.remove();
    const box = document.createElement('div');
    box.className = 'notice storage-notice';
    box.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = T(`notice.${n}`);
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = T('notice.dismiss');
    ok.addEventListener('click', () => box.remove());
    box.append(text, ok);
    noticeHost(a11y().root.parentElement)?.append(box);
  };
  // The first look waits a moment: the booth marks the page as one just after the services start.
  setTimeout(() => render(store.notice));
  store.onNotice(render);
}

/** The booth's sign that the operator panel has something to say: a dot in the bottom corner, never in the way. */
function operatorBadge(text: string): void {
  let badge = document.querySelector<HTMLElement>('.op-badge');
  if (!badge) {
    badge = document.createElement('div');
    badge.className = 'op-badge';
    // The operator reads the panel; a screen reader hears nothing in the middle of a visitor's round.
    badge.setAttribute('aria-hidden', 'true');
    a11y().root.parentElement?.append(badge);
  }
  badge.title = text;
}
