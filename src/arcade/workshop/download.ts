// The session's export as a file through the browser's download (a Blob and an a[download]); nothing is sent
// anywhere. The export code (papaparse) loads with the first export.
import { a11y } from '../../ui/a11y';
import { download } from '../../ui/download';
import { publicUrl } from '../kiosk/qr';
import type { Workshop } from './workshop';
import { markExported, sessionSettled } from './sessions';
import { W } from './strings';

export type ExportKind = 'csv' | 'json' | 'xapi';

/** Where xAPI activity IRIs live: set at build time (VITE_XAPI_BASE), else under the arcade's public address. */
export function xapiBase(): string {
  const set = (import.meta.env.VITE_XAPI_BASE as string | undefined)?.trim();
  return set || new URL('activities', publicUrl()).href;
}

/** Exports the workshop's session; returns the file's name, or null when there is nothing yet. */
export async function exportSession(w: Workshop | null, kind: ExportKind): Promise<string | null> {
  await sessionSettled();
  const rec = w?.session ?? null;
  if (!rec || rec.answers.length === 0) {
    a11y().announce(W('export.empty'));
    return null;
  }
  const [{ toJson }, { toCsv }, { toXapi }] = await Promise.all([import('../../core/export'), import('../../core/sessionCsv'), import('../../core/xapi')]);
  const stamp = rec.startedAt.slice(0, 16).replace(/[^0-9]/g, '');
  const stem = `workshop-${rec.game}-${stamp}`;
  const [name, text, type] =
    kind === 'csv'
      ? // A byte-order mark, so spreadsheet programs read the file as UTF-8.
        [`${stem}.csv`, `\ufeff${toCsv(rec)}`, 'text/csv;charset=utf-8']
      : kind === 'json'
        ? [`${stem}.json`, toJson(rec), 'application/json']
        : [`${stem}.xapi.json`, JSON.stringify(toXapi(rec, xapiBase()), null, 2), 'application/json'];
  download(name, text, type);
  markExported(rec);
  a11y().announce(W('export.done', { file: name }));
  return name;
}
