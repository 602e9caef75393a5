// What starts a take-home fragment (core/takeHome): on its own, so the page's start can tell a take-home link
// without loading the reader.
export const TAKE_HOME_PREFIX = '#r=';

/** Whether the page's fragment is a take-home link, to be read (core/takeHome readTakeHome). */
export function mayBeTakeHome(hash: string): boolean {
  return hash.startsWith(TAKE_HOME_PREFIX);
}
