// Where the page's notices go (storage trouble, a new version, a workshop link's ignored parts): one column at the
// foot of the screen, so two notices at once sit one above the other instead of on top of each other.

/** The notices' column, made the first time a notice is shown. */
export function noticeHost(parent: HTMLElement | null | undefined): HTMLElement | null {
  if (!parent) return null;
  let host = parent.querySelector<HTMLElement>(':scope > .notice-stack');
  if (!host) {
    host = document.createElement('div');
    host.className = 'notice-stack';
    parent.append(host);
  }
  return host;
}
