// The booth keeps the last error it met, for the operator panel (kiosk/health.ts tells it). Apart from the panel's
// code, which loads with the panel: this starts with the booth, so an error while it boots is caught too.
import type { BoothHealth } from '../../core/boothHealth';

/** Keeps the last uncaught error and rejected promise of the page (the operator reads it in the panel). */
export function watchErrors(health: BoothHealth): void {
  addEventListener('error', (e) => health.recordError(e.message || String(e.error ?? '')));
  addEventListener('unhandledrejection', (e) => {
    const r: unknown = e.reason;
    health.recordError(r instanceof Error ? `${r.name}: ${r.message}` : String(r));
  });
}
