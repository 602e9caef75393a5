// The audience window following the trainer's room: the first message (or a move to another level) loads that level
// and the game's room code, then opens the room screen as the audience's view. A check's poll is followed on the
// trainer's screen only (its questions are built there).
import type Phaser from 'phaser';
import { goTo, inLang } from '../../flow';
import { gameById, svc } from '../../services';
import { WORKSHOP_SCENES } from '../keys';
import { listen, publish, type RoomMessage } from './audience';

type RoomUpdate = Extract<RoomMessage, { type: 'room' }>;

/** Opens the room the trainer's window is on, as the audience sees it. */
export function followRoom(scene: Phaser.Scene, m: RoomUpdate): void {
  const game = gameById(m.gameId);
  if (!game?.loadRoom || m.file.startsWith('check-')) return;
  void Promise.all([svc().levels(m.gameId), svc().ownLevels(m.gameId), game.loadRoom().then(inLang)]).then(([loads, own, room]) => {
    // The trainer's own levels are in this browser too (the two windows share it).
    const found = [...loads, ...own].find((l) => l.ok && l.level.id === m.levelId);
    if (!found?.ok || !scene.scene.isActive()) return;
    goTo(scene, WORKSHOP_SCENES.room, { gameId: m.gameId, level: found.level, file: found.file, room, audience: { state: m.state } });
  });
}

/** The audience window's start: it asks for the room, and opens it when the trainer's window answers. */
export function awaitRoom(scene: Phaser.Scene): void {
  let opened = false;
  const stop = listen((m) => {
    if (m.type !== 'room' || opened) return;
    opened = true;
    stop();
    followRoom(scene, m);
  });
  scene.events.once('shutdown', () => stop());
  publish({ type: 'hello' });
}
