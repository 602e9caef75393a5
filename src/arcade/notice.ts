// A short, dismissible notice when progress cannot be saved (storage off, full, corrupt or newer).
import type Phaser from 'phaser';
import { svc } from './services';
import { T } from './strings';
import { a11y } from '../ui/a11y';
import type { StorageNotice } from '../core/storage';

let shown: StorageNotice = null;

function message(n: Exclude<StorageNotice, null>): string {
  return T(`notice.${n}`);
}

/** Shows the current notice once per kind; also listens for a later one (storage filling up mid-game). */
export function showStorageNotice(scene: Phaser.Scene): void {
  const render = (n: StorageNotice): void => {
    if (!n || n === shown) return;
    shown = n;
    document.querySelector('.notice')?.remove();
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = message(n);
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = T('notice.dismiss');
    ok.addEventListener('click', () => box.remove());
    box.append(text, ok);
    a11y().root.parentElement?.append(box);
  };
  render(svc().store.notice);
  const off = svc().store.onNotice(render);
  scene.events.once('shutdown', off);
}
