// The workshop screen's link and session panels: the link as selectable text and as a QR code made on the device
// (no network), following the team names as they are typed, copied to the clipboard (or selected where it cannot
// be); and the session so far (what the link had ignored, the teams, answers recorded, scores).
import { a11y, place, type Rect } from '../../ui/a11y';
import { addTextPanel } from '../../ui/widgets';
import type { WorkshopPreset } from '../../core/preset';
import { drawQr } from '../kiosk/qr';
import { W } from './strings';
import { ignoredText, presetLink, teamsOf, type workshop } from './workshop';
import type { SetupCanvas } from './setupOptions';

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
    a11y().announce(W('setup.copied'));
  } catch {
    // No clipboard (an insecure page, a refusal): the link is selected for the trainer to copy.
    if (view?.el) getSelection()?.selectAllChildren(view.el);
    a11y().announce(W('setup.copyFailed'));
  }
}

/**
 * The link (text and QR code), and the session: teams, answers recorded, scores, what the link had ignored.
 * `preset` is the preset as it will be written.
 */
export function drawLinkAndStatus(k: SetupCanvas, area: Rect, preset: WorkshopPreset, session: ReturnType<typeof workshop>['session']): LinkView {
  const { scene, dom, L } = k;
  const view: LinkView = { el: null, qr: null };
  const link = presetLink(preset);
  const q = Math.floor(Math.max(96, Math.min(area.w * (L.portrait ? 0.32 : 0.4), area.h * 0.55, 360)));
  const g = scene.add.graphics();
  // White card behind the code, so it scans on a dark page.
  g.fillStyle(0xffffff, 1).fillRoundedRect(area.x, area.y, q, q, 10);
  const canvas = document.createElement('canvas');
  canvas.className = 'ws-qr';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', W('setup.qrLabel'));
  canvas.dataset.id = 'workshop-qr';
  drawQr(canvas, link);
  place(canvas, { x: area.x + 6, y: area.y + 6, w: q - 12, h: q - 12 });
  dom.el.append(canvas);
  view.qr = canvas;
  const linkRect = { x: area.x + q + L.gap, y: area.y, w: area.w - q - L.gap, h: q };
  addTextPanel(
    scene,
    dom,
    { id: 'link', rect: linkRect, title: W('setup.link'), bodySize: L.font.small, titleSize: L.portrait ? L.font.small : L.font.body },
    (el) => {
      const code = document.createElement('p');
      code.className = 'ws-link';
      code.textContent = link;
      view.el = code;
      const help = document.createElement('p');
      help.className = 'muted';
      help.textContent = W('setup.linkHelp');
      el.append(code, help);
    },
  );
  const statusRect = { x: area.x, y: area.y + q + L.gap, w: area.w, h: area.h - q - L.gap };
  if (statusRect.h < L.font.body * 3) return view;
  addTextPanel(scene, dom, { id: 'status', rect: statusRect, title: W('setup.sessionTitle'), bodySize: L.font.small, titleSize: L.font.body }, (el) => {
    const p = (text: string, cls?: string): void => {
      const e = document.createElement('p');
      e.textContent = text;
      if (cls) e.className = cls;
      el.append(e);
    };
    // What the link had that was not used comes first: the trainer fixes the link before the room arrives.
    const ignored = ignoredText();
    if (ignored) p(ignored, 'strong ws-ignored');
    const teams = teamsOf(preset);
    p(
      W('setup.teamList', {
        count: preset.teams.length,
        list: new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' }).format(teams.map((t) => t.name)),
      }),
    );
    p(W('setup.session', { count: session?.answers.length ?? 0 }));
    if (session && session.scores.length > 0) {
      const ul = document.createElement('ul');
      for (const s of session.scores) {
        const li = document.createElement('li');
        const team = session.teams.find((t) => t.id === s.team)?.name ?? s.team;
        // A room answering together scores by card, not by round.
        const cards = session.answers.filter((a) => a.team === s.team && a.maxPoints !== undefined).length;
        li.textContent =
          s.rounds === 0 ? W('setup.scoreLineCards', { team, score: s.score, cards }) : W('setup.scoreLine', { team, score: s.score, rounds: s.rounds });
        ul.append(li);
      }
      el.append(ul);
    }
  });
  return view;
}
