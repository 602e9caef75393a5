// Workshop mode for a trainer and a room: switched on by a workshop link (`?mode=workshop&…`, read by
// core/preset, at start in main.ts) or by Start on the setup screen. The workshop is one object, held by the
// services (`svc().workshop`, null before): the preset, what the link had that was ignored, the session record,
// which team plays next and the clock, with the workshop's rules over them. The shell's screens ask whether there is
// a workshop and take its flow (rule 12: modes are flows, not forks). A workshop link never switches kiosk mode on,
// and a device held as a booth stays a booth.
import { KioskStore } from '../../core/kioskSettings';
import { emptyPreset, kioskLinkAllowed, parsePreset, presetQuery, withoutKiosk, type Ignored, type WorkshopPreset } from '../../core/preset';
import type { SessionRecord, SessionTeam } from '../../core/export';
import { getLang } from '../../core/i18n';
import { ranks, type RoundSummary } from '../../core/round';
import type Phaser from 'phaser';
import { setPalette } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { noticeHost } from '../../ui/noticeHost';
import { browserStore, gameById, type Services } from '../services';
import { goTo, inLang, setLevelStarter, setRoundListener } from '../flow';
import type { BaseLevel } from '../../games/sdk/types';
import type { RoomGame } from '../../games/sdk/room';
import type { RoomState } from '../../core/room';
import { WORKSHOP_SCENES } from './keys';
import { offeredLangs } from '../languages';
import { W } from './strings';
import { ROOM_KEY, SESSION_KEY, keep, LIVE_KEY, LIVE_SEATS_KEY } from './keep';

/** Text scale with projector colours on: one of the save's sizes. The layout already grows text by up to 1.5 on a
 * large screen; the save's largest (1.5) on top pushed the results' buttons off a 1024x768 projector. */
export const PROJECTOR_TEXT_SCALE = 1.25;

/** Points a team has so far, for the scoreboard between turns. */
interface TeamPoints {
  score: number;
  max: number;
  rounds: number;
}
/** A team that has not played yet. */
const NO_POINTS: Readonly<TeamPoints> = { score: 0, max: 0, rounds: 0 };

export class Workshop {
  preset: WorkshopPreset;
  ignored: Ignored[];
  more: number;
  /** The session so far; null until the first round is recorded. */
  session: SessionRecord | null = null;
  /** Index of the team that plays next (0 with no teams: the room). */
  next = 0;
  /** When Start was pressed (ms), for the workshop clock; null before. */
  startedAt: number | null = null;
  /** Teams taking turns: each team's points so far, kept at once for the scoreboard between turns. */
  board = new Map<string, TeamPoints>();
  /** This window is the audience's (`view=audience`): it follows the trainer's room and shows no controls. */
  readonly audience: boolean;
  /** A workshop link opens on the workshop screen, once. */
  private landing: boolean;
  private clockTimer: number | undefined;

  constructor(
    private readonly services: Services,
    read: { preset: WorkshopPreset; ignored: Ignored[]; more: number },
    opts: { audience: boolean; landing: boolean },
  ) {
    this.preset = read.preset;
    this.ignored = read.ignored;
    this.more = read.more;
    this.audience = opts.audience;
    this.landing = opts.landing;
    services.workshop = this;
  }

  /** Takes the shell's flow for this workshop: its rounds are recorded, a room plays where teams answer together,
   * and a clicker's B blanks the screen. */
  listen(): void {
    setRoundListener((gameId, levelId, summary) => this.recordRound(gameId, levelId, summary));
    setLevelStarter((scene, gameId, level, file) => this.startRoom(scene, gameId, level, file));
    addEventListener('keydown', onBlankKey);
  }

  /** Whether this is the first screen after a workshop link (then the workshop screen opens, once). */
  takeLanding(): boolean {
    const l = this.landing;
    this.landing = false;
    return l;
  }

  /** The preset, as a copy the setup screen may change. */
  presetCopy(): WorkshopPreset {
    return { ...this.preset, teams: [...this.preset.teams] };
  }

  /** Applies a preset to this page: language, colours and text size; the address becomes the workshop link. */
  applyPreset(p: WorkshopPreset): void {
    const s = this.services;
    if (p.lang && p.lang !== s.store.settings.lang && offeredLangs().includes(p.lang as never))
      s.applySettings(s.store.updateSettings({ lang: p.lang as never }));
    setPalette(p.projector ? 'projector' : 'standard');
    document.documentElement.classList.toggle('projector', p.projector);
    document.documentElement.classList.add('workshop');
    history.replaceState(history.state, '', this.viewLink(p));
  }

  /** This window's own address for a preset: the workshop link, and the audience's mark in the audience window. */
  private viewLink(p: WorkshopPreset): string {
    if (!this.audience) return presetLink(p);
    const url = new URL(presetLink(p));
    url.searchParams.set('view', 'audience');
    return url.href;
  }

  /** Start on the setup screen: the preset in use, the clock from now (if it is not running yet). */
  start(p: WorkshopPreset): void {
    const teamsChanged = JSON.stringify(this.preset.teams) !== JSON.stringify(p.teams);
    this.preset = { ...p, teams: [...p.teams] };
    if (teamsChanged) this.next = 0;
    this.startedAt ??= Date.now();
    this.applyPreset(p);
    this.showBadge();
  }

  /** The room moved to a level (the next one, or one chosen from the level select): the link follows it, so a
   * reload comes back to this level, not the one the workshop started on. */
  followLevel(levelId: string): void {
    if (this.preset.level === levelId) return;
    this.preset = { ...this.preset, level: levelId };
    history.replaceState(history.state, '', this.viewLink(this.preset));
  }

  /** Forgets the session and the room's state (a workshop started from the ordinary arcade). */
  clearSession(): void {
    this.session = null;
    this.next = 0;
    this.board = new Map();
    this.startedAt = Date.now();
    keep(SESSION_KEY, null);
    keep(ROOM_KEY, null);
    keep(LIVE_KEY, null);
    keep(LIVE_SEATS_KEY, null);
  }

  /** Projector text scale when projector colours are on; the player's own otherwise (or when larger). */
  textScale(saved: number): number {
    return this.preset.projector ? Math.max(saved, PROJECTOR_TEXT_SCALE) : saved;
  }

  setNextTeam(i: number): void {
    this.next = Math.max(0, Math.min(i, Math.max(0, this.preset.teams.length - 1)));
    this.showBadge();
  }

  nextTeam(): SessionTeam {
    const teams = teamsOf(this.preset);
    return teams[this.next] ?? teams[0]!;
  }

  /** A finished round, as the answers of the team that played it; the next team's turn comes. */
  private recordRound(gameId: string, levelId: string, summary: RoundSummary): void {
    const team = this.nextTeam();
    const at = new Date().toISOString();
    // The record's code is loaded with the first round (papaparse is not part of the start bundle).
    void import('./sessions').then((m) => m.recordTurn(this, { team, gameId, levelId, summary, at }));
    const had = this.board.get(team.id) ?? NO_POINTS;
    this.board.set(team.id, { score: had.score + summary.score, max: had.max + summary.maxScore, rounds: had.rounds + 1 });
    const teams = this.preset.teams.length;
    if (teams >= 2) {
      this.next = (this.next + 1) % teams;
      a11y().announce(W('recorded', { team: team.name, next: this.nextTeam().name }));
    } else a11y().announce(W('recordedRoom'));
    this.showBadge();
  }

  /**
   * In a workshop where teams answer together, a game that offers it is played by the room: the room screen opens
   * instead of the game (once the game's room code has loaded). Teams taking turns play the game itself.
   */
  private startRoom(scene: Phaser.Scene, gameId: string, level: BaseLevel, file: string): boolean {
    const game = gameById(gameId);
    if (this.preset.play !== 'together' || !game?.loadRoom) return false;
    void game
      .loadRoom()
      .then(inLang)
      .then((room) => {
        if (!scene.scene.isActive()) return;
        const data: RoomData = { gameId, level, file, room };
        goTo(scene, WORKSHOP_SCENES.room, data);
      });
    return true;
  }

  /**
   * A game's check as a room poll: the first form (A) at the start of the workshop, the other (B) at the end; every
   * team answers each question like a card. The session record keeps the answers (for no points), from which the
   * second poll's end shows the room's gain per concept.
   */
  startCheckPoll(scene: Phaser.Scene, gameId: string, when: 'before' | 'after'): void {
    const form = when === 'before' ? 'a' : 'b';
    void Promise.all([this.services.check(gameId), import('./checkPoll')])
      .then(async ([check, poll]) => {
        if (!check || !scene.scene.isActive()) return;
        await inLang(null);
        const room = poll.checkPollRoom(check, form, 'a', (f) => this.pollAnswers(poll.pollLevelId(f)));
        const data: RoomData = { gameId, level: poll.pollLevel(form), file: `check-${form}.json`, room };
        goTo(scene, WORKSHOP_SCENES.room, data);
      })
      .catch(() => showNotice(W('poll.unavailable')));
  }

  /** Whether the session already holds answers to the first check's poll (then the second one comes next). */
  firstPollTaken(): boolean {
    return this.pollAnswers('check-a').length > 0;
  }

  /** Every team's answers to one poll so far, from the session record. */
  private pollAnswers(levelId: string): Array<{ question: string; correct: boolean }> {
    const rec = this.session;
    if (!rec) return [];
    const prefix = `${levelId}/`;
    // Only answers given: a team that did not answer a question is not counted either way.
    return rec.answers
      .filter((a) => a.itemId.startsWith(prefix) && a.answer !== '')
      .map((a) => ({ question: a.itemId.slice(prefix.length), correct: a.correct }));
  }

  /** Between turns: every team's points so far, best first, and who plays next (null without teams). */
  turnBoard(): { lines: string[]; next: string } | null {
    if (this.preset.teams.length < 2 || this.board.size === 0) return null;
    const all = teamsOf(this.preset).map((t, i) => ({ t, i, b: this.board.get(t.id) ?? NO_POINTS }));
    // Only the teams that have played are ranked; the others are said to be still to play, after them.
    const rows = all.filter((r) => r.b.rounds > 0).sort((a, b) => b.b.score - a.b.score || a.i - b.i);
    const place = ranks(rows.map((r) => r.b.score));
    return {
      lines: [
        ...rows.map((r, k) => W('turns.line', { rank: place[k]!, team: r.t.name, score: r.b.score, rounds: r.b.rounds })),
        ...all.filter((r) => r.b.rounds === 0).map((r) => W('turns.notYet', { team: r.t.name })),
      ],
      next: W('turns.next', { team: this.nextTeam().name }),
    };
  }

  /** The ignored parts of the link, as one sentence in the player's language (empty when nothing was ignored). */
  ignoredText(): string {
    if (this.ignored.length === 0 && this.more === 0) return '';
    const items = this.ignored.map((i) => W(`ignored.${i.reason}`, { key: i.key }));
    if (this.more > 0) items.push(W('ignored.more', { count: this.more }));
    const list = new Intl.ListFormat(getLang(), { style: 'long', type: 'conjunction' }).format(items);
    return W('notice.ignored', { count: this.ignored.length + this.more, list });
  }

  /** Adds a part the setup screen found it could not use (a level not in the game). */
  noteIgnored(i: Ignored): void {
    if (!this.ignored.some((x) => x.key === i.key && x.reason === i.reason)) this.ignored.push(i);
  }

  /** The team playing and the workshop clock, in a corner over every screen once the workshop started. */
  showBadge(): void {
    let el = document.querySelector<HTMLDivElement>('.ws-clock');
    const p = this.preset;
    // Teams answering together have no turn to show; their screen has its own clock.
    const turns = p.teams.length >= 2 && !(p.play === 'together' && p.game !== null && playsTogether(p.game));
    if (this.startedAt === null || !(p.timer || turns)) {
      el?.remove();
      this.stopClock();
      return;
    }
    if (!el) {
      el = document.createElement('div');
      el.className = 'ws-clock';
      el.dataset.id = 'workshop-badge';
      a11y().root.parentElement?.append(el);
    }
    const box = el;
    const paint = (): void => {
      if (this.startedAt === null) return;
      const secs = Math.max(0, Math.floor((Date.now() - this.startedAt) / 1000));
      const clock = W('badge.clock', { minutes: String(Math.floor(secs / 60)), seconds: String(secs % 60).padStart(2, '0') });
      const team = this.nextTeam().name;
      box.textContent = turns && this.preset.timer ? W('badge.both', { team, clock }) : turns ? W('badge.team', { team }) : clock;
    };
    paint();
    if (p.timer && this.clockTimer === undefined) this.clockTimer = window.setInterval(paint, 1000);
    if (!p.timer) this.stopClock();
  }

  private stopClock(): void {
    window.clearInterval(this.clockTimer);
    this.clockTimer = undefined;
  }
}

/** The workshop, for a screen only a workshop shows (the room; kiosk/kiosk boothOf is its twin for the booth). */
export function workshopOf(s: Pick<Services, 'workshop'>): Workshop {
  if (!s.workshop) throw new Error('Workshop mode is off');
  return s.workshop;
}

/** The preset the setup screen starts from: the workshop's, else an empty one. */
export function currentPreset(w: Workshop | null): WorkshopPreset {
  return w ? w.presetCopy() : emptyPreset();
}

/** Teams as the record and the screens name them; the room when there are none. */
export function teamsOf(p: WorkshopPreset): SessionTeam[] {
  if (p.teams.length === 0) return [{ id: 'room', name: W('team.room') }];
  return p.teams.map((name, i) => ({ id: `t${i + 1}`, name: name || W('team.default', { n: i + 1 }) }));
}

/** The whole link for a preset, on this page's address. */
export function presetLink(p: WorkshopPreset): string {
  const url = new URL(location.href);
  url.search = presetQuery(p);
  url.hash = '';
  return url.href;
}

/**
 * At start, before kiosk mode is decided: a `mode=kiosk` that is not a booth's own link is taken out of the address
 * (so kiosk mode cannot see it), and a workshop link starts a workshop (`s.workshop`) unless this device is a booth.
 */
export function openWorkshop(s: Services): Workshop | null {
  const search = location.search;
  const modes = new URLSearchParams(search).getAll('mode');
  if (modes.includes('kiosk') && !kioskLinkAllowed(search))
    history.replaceState(history.state, '', `${location.pathname}${withoutKiosk(search)}${location.hash}`);
  if (!modes.includes('workshop')) return null;
  // A booth (kiosk mode held by its PIN) is left only from its operator panel, never by a link.
  if (new KioskStore(browserStore()).settings.active) return null;
  const params = new URLSearchParams(search);
  const audience = params.get('view') === 'audience';
  params.delete('view');
  const read = parsePreset(`?${params.toString()}`, { games: s.games, langs: offeredLangs() });
  const w = new Workshop(s, read, { audience, landing: true });
  w.listen();
  // The session's code (and papaparse) is not in the start bundle: it comes before any change to the record.
  void import('./sessions').then((m) => m.resumeSession(w));
  w.applyPreset(read.preset);
  return w;
}

/** Start on the setup screen: workshop mode on (from the ordinary arcade too, with a new session), the clock from now. */
export function startWorkshop(s: Services, p: WorkshopPreset): Workshop {
  let w = s.workshop;
  if (!w) {
    w = new Workshop(s, { preset: p, ignored: [], more: 0 }, { audience: false, landing: false });
    w.listen();
    w.clearSession();
  }
  w.start(p);
  return w;
}

/** A key pressed in a text field or a list box is typing, not a command. */
export function typingIn(target: EventTarget | null): boolean {
  const t = target instanceof HTMLElement ? target : null;
  return t !== null && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

/**
 * A presenter's clicker blanks the screen with B or full stop on every workshop screen (the room screen has these
 * keys among its own); any key brings it back.
 */
function onBlankKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.altKey || e.metaKey || (e.key !== 'b' && e.key !== 'B' && e.key !== '.')) return;
  if (typingIn(e.target)) return;
  if (document.documentElement.classList.contains('ws-room')) return;
  e.preventDefault();
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  void import('./room/dialogs').then(inLang).then(({ openDialog, showBlank }) => {
    if (!openDialog()) showBlank(() => back?.isConnected && back.focus({ preventScroll: true }));
  });
}

/** What the room screen is given: the level, and the game's room code (loaded before the screen opens). */
export interface RoomData {
  gameId: string;
  level: BaseLevel;
  file: string;
  room: RoomGame;
  /** The audience window: the room as the trainer's window sends it (arcade/workshop/room/audience). */
  audience?: { state: RoomState };
}

/** Whether a game is played by the room together in this workshop (the setup screen says so). */
export function playsTogether(gameId: string): boolean {
  return Boolean(gameById(gameId)?.loadRoom);
}

/** A notice over the page (as the storage notices are): shown once, dismissed with OK. */
export function showNotice(text: string): void {
  if (!text) return;
  const box = document.createElement('div');
  box.className = 'notice workshop-notice';
  box.setAttribute('role', 'alert');
  const span = document.createElement('span');
  span.textContent = text;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = W('notice.dismiss');
  ok.addEventListener('click', () => box.remove());
  box.append(span, ok);
  noticeHost(a11y().root.parentElement)?.append(box);
}
