// The booth's health as the operator panel tells it: the card's address and what may stop a phone opening it, the
// offline state read from the service worker, the build's version, storage used and free, the last error caught on
// this device and the last visitor's round. The rules and formatting are in core/boothHealth.
import { addressIssues, storageFigures, formatWhen, type BoothHealth } from '../../core/boothHealth';
import { getLang } from '../../core/i18n';
import { offlineState } from '../offline';
import { publicUrl, publicUrlSet, resultFits } from './qr';
import { K } from './strings';

/** One line of the panel's status; a warning shows in red and bold. */
export interface HealthLine {
  text: string;
  warning?: boolean;
}

/** The browser's estimate of storage used and allowed, where it gives one. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
  try {
    return (await navigator.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

/** The address lines: the address the card will print, and why a phone may not open it. */
function addressLines(): HealthLine[] {
  const url = publicUrl();
  const lines: HealthLine[] = [{ text: K('op.address', { url }) }];
  const said = { unset: 'op.addressUnset', local: 'op.addressLocal', invalid: 'op.addressInvalid' } as const;
  for (const issue of addressIssues(url, publicUrlSet() !== '')) lines.push({ text: K(said[issue]), warning: true });
  if (!resultFits(url)) lines.push({ text: K('op.addressLong'), warning: true });
  return lines;
}

/** Everything the health panel says, in order; `estimate` is the storage estimate once it has come (or null). */
export function healthLines(health: BoothHealth, estimate: StorageEstimate | null): HealthLine[] {
  const lang = getLang();
  const now = Date.now();
  const off = offlineState();
  const offline = { ready: 'op.offlineReady', notReady: 'op.offlineNot', unsupported: 'op.offlineNone', failed: 'op.offlineFailed' } as const;
  const storage = storageFigures(estimate, lang);
  const { lastError, lastVisitAt } = health.value;
  return [
    ...addressLines(),
    { text: K(offline[off.status]), warning: off.status !== 'ready' },
    ...(off.updateReady ? [{ text: K('op.updateReady') }] : []),
    { text: K('op.version', { version: __APP_VERSION__ }) },
    { text: storage ? K('op.storageUse', storage) : K('op.storageUnknown') },
    lastError
      ? { text: K('op.lastError', { when: formatWhen(lastError.at, now, lang), message: lastError.message }), warning: true }
      : { text: K('op.noError') },
    { text: lastVisitAt ? K('op.lastVisitor', { when: formatWhen(lastVisitAt, now, lang) }) : K('op.noVisitor') },
  ];
}
