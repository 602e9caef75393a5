// Offline and updates: registers the service worker (vite-plugin-pwa, Workbox) that precaches the whole arcade, and
// reads on every load whether one is active (the install event that announces "offline ready" fires only once, on
// the first visit). A new version never reloads the page mid-round: it waits until the player is on a shell screen
// and accepts it (or, in kiosk mode, until the attract screen shows: `applyUpdateIfReady`).
import { registerSW } from 'virtual:pwa-register';
import { T } from './strings';
import { a11y } from '../ui/a11y';
import { noticeHost } from '../ui/noticeHost';
import { offlineStatus, type OfflineStatus } from '../core/offlineStatus';

export interface OfflineState {
  /** ready: an active service worker has cached everything, so the arcade works with no network. */
  status: OfflineStatus;
  /** A new version is downloaded and waits for a safe moment. */
  updateReady: boolean;
}

/** What the page knows of its service worker; the status is read from it (core/boothHealth). */
const worker = { supported: true, active: false, failed: false };
const state: OfflineState = { status: 'notReady', updateReady: false };
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<() => void>();

export function offlineState(): Readonly<OfflineState> {
  return { ...state };
}

/** Called whenever the offline state changes (the operator panel and the update notice listen). */
export function onOfflineChange(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

function changed(): void {
  state.status = offlineStatus(worker);
  for (const l of [...listeners]) l();
}

/** Registers the service worker once, where the browser has them (not over plain http from another host). */
export function startOffline(): void {
  if (!('serviceWorker' in navigator)) {
    worker.supported = false;
    changed();
    return;
  }
  const ready = (): void => {
    worker.active = true;
    changed();
  };
  // Resolves once this page's scope has an active worker: at once on every load after the first, after the install
  // (which downloads everything) on the first.
  void navigator.serviceWorker.ready.then(ready);
  update = registerSW({
    onOfflineReady: ready,
    onNeedRefresh() {
      state.updateReady = true;
      changed();
    },
    onRegisterError() {
      worker.failed = true;
      changed();
    },
  });
}

/** Installs a waiting new version now (the page reloads). Only at a safe moment: never during a round. */
export function applyUpdateIfReady(): boolean {
  if (!state.updateReady || !update) return false;
  void update(true);
  return true;
}

/**
 * Outside kiosk mode, on a shell screen: a notice offers the new version; the player chooses when. Returns a
 * function that removes the notice (the screen calls it when it closes).
 */
export function offerUpdate(): () => void {
  let box: HTMLElement | null = null;
  const show = (): void => {
    if (!state.updateReady || box) return;
    box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = T('update.ready');
    const now = document.createElement('button');
    now.type = 'button';
    now.textContent = T('update.now');
    now.addEventListener('click', () => applyUpdateIfReady());
    const later = document.createElement('button');
    later.type = 'button';
    later.textContent = T('update.later');
    later.addEventListener('click', () => remove());
    box.append(text, now, later);
    noticeHost(a11y().root.parentElement)?.append(box);
  };
  const remove = (): void => {
    box?.remove();
    box = null;
  };
  show();
  const off = onOfflineChange(show);
  return () => {
    off();
    remove();
  };
}
