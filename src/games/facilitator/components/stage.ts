// The stage: on wide screens a light drawing of the room (wall, windows, flipchart, café tables) with the speaker
// in front and the name under it; on an upright phone a small portrait with the name and role beside it.
import type Phaser from 'phaser';
import type { Rect } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { portraitKey } from '../../../ui/art';
import { COLORS } from '../../../ui/theme';
import { addText, fitText } from '../../../ui/widgets';
import type { ScreenRects } from '../layout';
import type { SpeakerView } from '../present';

const ROOM = { wall: 0x22325a, floor: 0x33466f, table: 0xd9c7a3, chair: 0x8aa0c8, paper: 0xfdf6e3, window: 0x9fc2e8 } as const;

function drawPortrait(scene: Phaser.Scene, r: Rect, who: SpeakerView, ring: number): void {
  if (!who.portrait) return;
  const g = scene.add.graphics();
  g.fillStyle(COLORS.surface, 1);
  g.fillCircle(r.x + r.w / 2, r.y + r.h / 2, r.w / 2 + ring);
  scene.add.image(r.x + r.w / 2, r.y + r.h / 2, portraitKey(who.portrait)).setDisplaySize(r.w, r.h);
}

function drawRoom(scene: Phaser.Scene, room: Rect): void {
  const g = scene.add.graphics();
  g.fillStyle(ROOM.wall, 1);
  g.fillRoundedRect(room.x, room.y, room.w, room.h, 16);
  const floorY = room.y + room.h * 0.5;
  g.fillStyle(ROOM.floor, 1);
  g.fillRoundedRect(room.x, floorY, room.w, room.h * 0.5, { tl: 0, tr: 0, bl: 16, br: 16 });
  // Two windows on the back wall.
  g.fillStyle(ROOM.window, 0.5);
  for (const fx of [0.12, 0.36]) g.fillRect(room.x + room.w * fx, room.y + room.h * 0.1, room.w * 0.16, room.h * 0.22);
  // Flipchart on an easel, right of the windows.
  const fx = room.x + room.w * 0.7;
  const fy = room.y + room.h * 0.12;
  const fw = room.w * 0.2;
  const fh = room.h * 0.3;
  g.lineStyle(4, ROOM.chair, 1);
  g.lineBetween(fx + fw * 0.15, fy + fh, fx, floorY + room.h * 0.08);
  g.lineBetween(fx + fw * 0.85, fy + fh, fx + fw, floorY + room.h * 0.08);
  g.fillStyle(ROOM.paper, 1);
  g.fillRect(fx, fy, fw, fh);
  g.lineStyle(2, COLORS.inkSoft, 0.7);
  for (let i = 1; i <= 3; i++) g.lineBetween(fx + fw * 0.12, fy + (fh * i) / 4.2, fx + fw * (0.9 - i * 0.12), fy + (fh * i) / 4.2);
  // Café tables with chairs around them.
  const tw = room.w * 0.2;
  for (const [tx, ty] of [
    [0.18, 0.68],
    [0.5, 0.82],
    [0.82, 0.68],
  ] as const) {
    const cx = room.x + room.w * tx;
    const cy = room.y + room.h * ty;
    g.fillStyle(ROOM.chair, 1);
    for (let k = 0; k < 4; k++) {
      const a = (k * Math.PI) / 2 + Math.PI / 4;
      g.fillCircle(cx + Math.cos(a) * tw * 0.62, cy + Math.sin(a) * tw * 0.3, tw * 0.11);
    }
    g.fillStyle(ROOM.table, 1);
    g.fillEllipse(cx, cy, tw, tw * 0.42);
  }
}

/** Wide screens: the room, the speaker in it, the name and role under it. */
export function drawRoomStage(scene: Phaser.Scene, L: Layout, rects: ScreenRects, who: SpeakerView | null): void {
  drawRoom(scene, rects.stage);
  if (!who) return;
  if (rects.portrait) drawPortrait(scene, rects.portrait, who, 6);
  const np = rects.nameplate;
  const n = fitText(
    addText(scene, np.x + np.w / 2, np.y, who.name, { size: L.font.large, bold: true, originX: 0.5, align: 'center', width: np.w }),
    np.w,
    np.h / 2,
  );
  if (who.role) {
    const y = n.y + n.height + 4;
    fitText(
      addText(scene, np.x + np.w / 2, y, who.role, { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: np.w }),
      np.w,
      np.y + np.h - y,
    );
  }
}

/** Upright phones: a small portrait with the name and role beside it, centred on it. */
export function drawSpeakerRow(scene: Phaser.Scene, L: Layout, rects: ScreenRects, who: SpeakerView | null): void {
  if (!who) return;
  const row = rects.stage;
  const pic = who.portrait ? rects.portrait : null;
  if (pic) drawPortrait(scene, pic, who, 3);
  const np = pic ? rects.nameplate : row;
  const n = fitText(addText(scene, np.x, np.y, who.name, { size: L.font.large, bold: true, width: np.w }), np.w, np.h * 0.6);
  const words = [n];
  let h = n.height;
  if (who.role) {
    const role = fitText(
      addText(scene, np.x, n.y + n.height + 2, who.role, { size: L.font.small, color: COLORS.onBgSoft, width: np.w }),
      np.w,
      np.h - n.height - 2,
    );
    words.push(role);
    h += 2 + role.height;
  }
  const shift = (np.h - h) / 2;
  if (shift > 0) for (const o of words) o.setY(o.y + shift);
}
