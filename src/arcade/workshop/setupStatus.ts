// The workshop screen's link and session panels, drawn: the link as selectable text and as a QR code made on the
// device (no network), following the team names as they are typed, copied to the clipboard (or selected where it
// cannot be); and the session so far (what the link had ignored, the teams, answers recorded, scores). The words
// come from ./setup.present, the places from ./setup.layout.
import { a11y, place } from '../../ui/a11y';
import { addTextPanel } from '../../ui/widgets';
import type { WorkshopPreset } from '../../core/preset';
import { drawQr } from '../kiosk/qr';
import { presetLink } from './workshop';
import type { SetupCanvas } from './setupOptions';
import { copyAnnouncement, type SetupView } from './setup.present';
import { qrCode, type SetupLayout } from './setup.layout';

/** The link's text and its QR code as drawn, to follow the team names without a rebuild. */
export interface LinkView {
  el: HTMLElement | null;
  qr: HTMLCanvasElement | null;
}

/** The link and its QR code follow the team names as they are typed (no rebuild, so the field keeps focus). */
export function refreshLink(view: LinkView | null, preset: WorkshopPreset): void {
  const link = presetLink(preset);
  if (view?.el) view.el.textContent = link;
  if (view?.qr) drawQr(view.qr, link);
}

export async function copyLink(view: LinkView | null, preset: WorkshopPreset): Promise<void> {
  const link = presetLink(preset);
  try {
    await navigator.clipboard.writeText(link);
    a11y().announce(copyAnnouncement(true));
  } catch {
    // No clipboard (an insecure page, a refusal): the link is selected for the trainer to copy.
    if (view?.el) getSelection()?.selectAllChildren(view.el);
    a11y().announce(copyAnnouncement(false));
  }
}

/**
 * The link (text and QR code), and the session: teams, answers recorded, scores, what the link had ignored.
 * `preset` is the preset as it will be written.
 */
export function drawLinkAndStatus(k: SetupCanvas, lay: SetupLayout, v: Pick<SetupView, 'link' | 'status'>, preset: WorkshopPreset): LinkView {
  const { scene, dom, L } = k;
  const view: LinkView = { el: null, qr: null };
  const link = presetLink(preset);
  const g = scene.add.graphics();
  // White card behind the code, so it scans on a dark page.
  g.fillStyle(0xffffff, 1).fillRoundedRect(lay.qr.x, lay.qr.y, lay.qr.w, lay.qr.h, 10);
  const canvas = document.createElement('canvas');
  canvas.className = 'ws-qr';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', v.link.qrLabel);
  canvas.dataset.id = 'workshop-qr';
  drawQr(canvas, link);
  place(canvas, qrCode(lay.qr));
  dom.el.append(canvas);
  view.qr = canvas;
  addTextPanel(scene, dom, { id: 'link', rect: lay.link, title: v.link.title, bodySize: L.font.small, titleSize: lay.linkTitle }, (el) => {
    const code = document.createElement('p');
    code.className = 'ws-link';
    code.textContent = link;
    view.el = code;
    const help = document.createElement('p');
    help.className = 'muted';
    help.textContent = v.link.help;
    el.append(code, help);
  });
  if (!lay.status) return view;
  const s = v.status;
  addTextPanel(scene, dom, { id: 'status', rect: lay.status, title: s.title, bodySize: L.font.small, titleSize: L.font.body }, (el) => {
    const p = (text: string, cls?: string): void => {
      const e = document.createElement('p');
      e.textContent = text;
      if (cls) e.className = cls;
      el.append(e);
    };
    // What the link had that was not used comes first: the trainer fixes the link before the room arrives.
    if (s.ignored) p(s.ignored, 'strong ws-ignored');
    for (const line of s.lines) p(line);
    if (s.scores.length > 0) {
      const ul = document.createElement('ul');
      for (const line of s.scores) {
        const li = document.createElement('li');
        li.textContent = line;
        ul.append(li);
      }
      el.append(ul);
    }
  });
  return view;
}
