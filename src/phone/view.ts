// The phone page's elements (written in phone/index.html), found once by id, and the few DOM helpers it needs.
const byId = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`phone page: #${id} is missing`);
  return e as T;
};

export const ui = {
  lang: byId<HTMLSelectElement>('lang'),
  langLabel: byId('lang-label'),
  conn: byId('conn'),
  live: byId('live'),
  joinSection: byId('join'),
  joinForm: byId<HTMLFormElement>('join-form'),
  joinHeading: byId('join-heading'),
  joinIntro: byId('join-intro'),
  codeLabel: byId('code-label'),
  codeHint: byId('code-hint'),
  code: byId<HTMLInputElement>('code'),
  nickLabel: byId('nick-label'),
  nickHint: byId('nick-hint'),
  nick: byId<HTMLInputElement>('nick'),
  joinGo: byId<HTMLButtonElement>('join-go'),
  joinError: byId('join-error'),
  joining: byId('joining'),
  roomSection: byId('room'),
  codeLine: byId('code-line'),
  team: byId('team'),
  teamLabel: byId('team-label'),
  teamSelect: byId<HTMLSelectElement>('team-select'),
  status: byId('status'),
  card: byId('card'),
  text: byId('text'),
  question: byId('question'),
  optionsLegend: byId('options-legend'),
  options: byId('options'),
  mine: byId('mine'),
  reveal: byId('reveal'),
  yours: byId('yours'),
  fits: byId('fits'),
  explanation: byId('explanation'),
  roomHeading: byId('room-heading'),
  bars: byId('bars'),
  next: byId('next'),
  end: byId('end'),
  closed: byId('closed'),
  retry: byId<HTMLButtonElement>('retry'),
};

type Screen = 'join' | 'joining' | 'room' | 'closed';

/** Shows one of the page's screens. */
export function show(screen: Screen): void {
  ui.joinSection.hidden = screen !== 'join';
  ui.joining.hidden = screen !== 'joining';
  ui.roomSection.hidden = screen !== 'room';
  ui.closed.hidden = screen !== 'closed';
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

/** Says something to a screen reader once (a polite live region; assertive for a refusal). */
export function announce(text: string, urgent = false): void {
  ui.live.setAttribute('aria-live', urgent ? 'assertive' : 'polite');
  ui.live.textContent = '';
  // A new text node after clearing: read even when the words repeat.
  requestAnimationFrame(() => (ui.live.textContent = text));
}
