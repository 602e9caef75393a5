// Offline readiness as the operator panel tells it (core/boothHealth); on its own, as the shell's offline watch reads
// it at every start.

export type OfflineStatus = 'ready' | 'notReady' | 'unsupported' | 'failed';

/**
 * Offline readiness from the service worker's state as the page finds it on this load: an active worker has
 * precached the whole arcade (it is active only once its install, which downloads everything, finished).
 */
export function offlineStatus(w: { supported: boolean; active: boolean; failed: boolean }): OfflineStatus {
  if (!w.supported) return 'unsupported';
  if (w.active) return 'ready';
  return w.failed ? 'failed' : 'notReady';
}
