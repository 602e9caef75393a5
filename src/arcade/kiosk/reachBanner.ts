// The upper third of a totem booth (kiosk.reachTop): out of a child's or a seated visitor's reach, so it holds no
// control, only the booth's name and its promise, drifting slowly so that nothing stands still on the screen all
// day. Decoration for sighted passers-by: each screen says its own name to screen readers (aria-hidden here).
import { onLangChange } from '../../core/i18n';
import { K } from './strings';

/** Adds the banner over the canvas's top (its height follows --reach-top, set by every screen: 0 hides it). */
export function showReachBanner(host: HTMLElement): void {
  const banner = document.createElement('div');
  banner.className = 'reach-banner';
  banner.setAttribute('aria-hidden', 'true');
  const inner = document.createElement('div');
  const name = document.createElement('p');
  name.className = 'reach-name';
  const tag = document.createElement('p');
  const promise = document.createElement('p');
  promise.className = 'reach-promise';
  inner.append(name, tag, promise);
  banner.append(inner);
  const fill = (): void => {
    name.textContent = K('attract.welcome');
    tag.textContent = K('attract.tagline');
    promise.textContent = K('attract.promise');
  };
  fill();
  onLangChange(fill);
  host.append(banner);
}
