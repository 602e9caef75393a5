// The trainer's workshop screen: game, level, language, teams (named, or the whole room), the workshop clock and
// projector colours; the workshop link as selectable text and as a QR code made on the device (no network); Start,
// the facilitator guide, and the session so far with its export (CSV, JSON, xAPI).
import { ArcadeScene } from '../../ui/ArcadeScene';
import { T } from '../strings';
import { addButton, addHeader } from '../../ui/widgets';
import { a11y } from '../../ui/a11y';
import { goBack, goTo, inLang, startLevel } from '../flow';
import { openDialog } from './room/dialogs';
import type { Back } from '../screens';
import { svc } from '../services';
import { localize } from '../../core/i18n';
import type { LevelLoad } from '../../core/levels';
import type { BaseLevel } from '../../games/sdk/types';
import { MAX_TEAMS, MIN_TEAMS, type WorkshopPreset } from '../../core/preset';
import { WORKSHOP_SCENES } from './keys';
import { W } from './strings';
import {
  applyPreset,
  currentPreset,
  isWorkshop,
  noteIgnored,
  playsTogether,
  showNotice,
  firstPollTaken,
  startCheckPoll,
  startWorkshop,
  workshop,
} from './workshop';
import { exportSession, type ExportKind } from './download';
import { roomInProgress } from './sessions';
import { drawOptions } from './setupOptions';
import { copyLink, drawLinkAndStatus, refreshLink, type LinkView } from './setupStatus';

/** Where Back goes (the title by default; the results when opened from there) and with what. */
export type SetupData = Partial<Back> & {
  /** A control to focus first (the export, when opened from the results). */
  focus?: string;
};

/** The draft kept while the trainer visits the guide and comes back (this page only). */
let draft: WorkshopPreset | null = null;
/** The link's level was looked for once: a missing one is said once. */
let levelChecked = false;
/** A room in progress when the page loaded was looked for once (a reload returns to it). */
let resumeChecked = false;

export class SetupScene extends ArcadeScene {
  private from: Partial<Back> = {};
  private focusFirst: string | null = null;
  private levels = new Map<string, LevelLoad<BaseLevel>[]>();
  private link: LinkView | null = null;

  constructor() {
    super(WORKSHOP_SCENES.setup);
  }

  init(data: SetupData): void {
    this.from = { from: data?.from, fromData: data?.fromData } as Partial<Back>;
    this.focusFirst = data?.focus ?? null;
    draft ??= currentPreset();
    // The room moved on to another level since (workshop followLevel): the screen shows the level in play.
    const now = isWorkshop() ? currentPreset() : null;
    if (now && now.game === draft.game && now.level !== null) draft.level = now.level;
  }

  private get p(): WorkshopPreset {
    draft ??= currentPreset();
    return draft;
  }

  protected screenName(): string {
    return W('setup.screen');
  }

  protected override initialFocus(): string {
    return this.focusFirst ?? 'start';
  }

  protected override onEscape(): void {
    const open = openDialog();
    if (open) open.close();
    else this.back();
  }

  private back(): void {
    goBack(this, this.from);
  }

  override create(): void {
    this.link = null;
    super.create();
    // The badge (team and clock) would cover the bottom buttons here, where the teams are listed anyway.
    document.documentElement.classList.add('ws-setup');
    this.onShutdown(() => document.documentElement.classList.remove('ws-setup'));
    this.loadLevels(this.gameId());
  }

  private gameId(): string {
    const games = svc().games;
    return games.some((g) => g.id === this.p.game) ? this.p.game! : (games[0]?.id ?? '');
  }

  private loadLevels(gameId: string): void {
    if (this.levels.has(gameId)) return;
    // The game's levels, then the trainer's own kept in this browser (Your levels): both can be run in the room.
    void Promise.all([
      svc().levels(gameId),
      svc()
        .ownLevels(gameId)
        .catch(() => []),
    ])
      .then(([shipped, own]) => {
        const loads = [...shipped, ...own.filter((l) => l.ok && !shipped.some((x) => x.ok && x.level.id === l.level.id))];
        this.levels.set(gameId, loads);
        // A level named in the link that the game does not have: said once, and the first level is used.
        const p = this.p;
        if (!levelChecked && isWorkshop() && p.game === gameId && p.level && !loads.some((l) => l.ok && l.level.id === p.level)) {
          p.level = null;
          // Out of the address too, so the notice does not come back on every reload.
          applyPreset({ ...workshop().preset, level: null });
          noteIgnored({ key: 'level', reason: 'bad' });
          showNotice(W('notice.levelMissing'));
        }
        levelChecked = true;
        // A reload (a clicker's F5) in the middle of a room: straight back to the card it was on, not this screen.
        if (!resumeChecked && isWorkshop() && p.game === gameId) {
          resumeChecked = true;
          const room = roomInProgress();
          if (room !== null && room === p.level && p.play === 'together' && playsTogether(gameId) && this.level()?.level.id === room) {
            this.start();
            return;
          }
        }
        if (this.dom) this.rebuild();
      })
      .catch(() => undefined);
  }

  private playable(): Array<{ level: BaseLevel; file: string }> {
    return (this.levels.get(this.gameId()) ?? []).flatMap((l) => (l.ok ? [{ level: l.level, file: l.file }] : []));
  }

  /** The level the workshop starts with: the chosen one, else the game's first. */
  private level(): { level: BaseLevel; file: string; n: number } | null {
    const list = this.playable();
    const i = Math.max(
      0,
      list.findIndex((l) => l.level.id === this.p.level),
    );
    const l = list[i];
    return l ? { ...l, n: i + 1 } : null;
  }

  /** The preset as it will be written: the game always named. */
  private preset(): WorkshopPreset {
    return { ...this.p, game: this.gameId(), teams: this.p.teams.map((t, i) => t.trim() || W('team.default', { n: i + 1 })) };
  }

  private change(patch: Partial<WorkshopPreset>, name: string, value: string): void {
    Object.assign(this.p, patch);
    this.rebuild();
    a11y().announce(W('setup.changed', { name, value }));
  }

  private cycleGame(): void {
    const games = svc().games;
    const i = games.findIndex((g) => g.id === this.gameId());
    const g = games[(i + 1) % games.length]!;
    this.loadLevels(g.id);
    this.change({ game: g.id, level: null }, W('setup.gameName'), localize(g.title));
  }

  private cycleLevel(): void {
    const list = this.playable();
    const cur = this.level();
    if (!cur || list.length === 0) return;
    const next = list[cur.n % list.length]!;
    this.change({ level: next.level.id }, W('setup.levelName'), W('setup.levelItem', { n: (cur.n % list.length) + 1, title: localize(next.level.title) }));
  }

  private cycleTeams(): void {
    const n = this.p.teams.length;
    // The room, then 2 to 8 teams, then the room again.
    const next = n === 0 ? MIN_TEAMS : n >= MAX_TEAMS ? 0 : n + 1;
    const teams = Array.from({ length: next }, (_, i) => this.p.teams[i] ?? '');
    this.change({ teams }, W('setup.teamsName'), W('setup.teamsValue', { count: Math.max(1, next) }));
  }

  private start(): void {
    const lvl = this.level();
    if (!lvl) return;
    const p = { ...this.preset(), level: lvl.level.id };
    draft = { ...p };
    startWorkshop(p);
    void startLevel(this, p.game!, lvl.level, lvl.file);
  }

  /** Starts the workshop with the game's first check as a room poll (the levels come after it). */
  private poll(): void {
    const lvl = this.level();
    if (!lvl) return;
    const p = { ...this.preset(), level: lvl.level.id };
    draft = { ...p };
    // The first poll at the start; once the room has answered it, the second one closes the workshop.
    const when = isWorkshop() && firstPollTaken() ? 'after' : 'before';
    startWorkshop(p);
    startCheckPoll(this, p.game!, when);
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, W('setup.screen'), { label: T('nav.back'), onActivate: () => this.back() });
    const side = !L.portrait && L.w >= 900;
    const bh = L.buttonH;
    const ws = isWorkshop();
    const session = ws ? workshop().session : null;
    // Bottom: two rows of buttons (start, copy, guide; the three exports and a new session).
    const navH = 2 * bh + L.gap;
    const navY = L.h - L.pad - navH;
    const leftW = side ? Math.min(600, L.body.w * 0.46) : L.body.w;
    const optH = side ? navY - L.gap - L.body.y : Math.max(bh * 3, (navY - L.body.y) * 0.42);
    const k = { scene: this, dom: this.dom!, L };
    const gameId = this.gameId();
    drawOptions(
      k,
      { x: L.body.x, y: L.body.y, w: leftW, h: optH },
      { p: this.p, gameId, level: this.level(), loaded: this.levels.has(gameId), written: this.preset() },
      {
        cycleGame: () => this.cycleGame(),
        cycleLevel: () => this.cycleLevel(),
        cycleTeams: () => this.cycleTeams(),
        change: (patch, name, value) => this.change(patch, name, value),
        teamName: (i, value) => {
          this.p.teams[i] = value;
          refreshLink(this.link, this.preset());
        },
        rebuild: () => this.rebuild(),
      },
    );
    const right = side
      ? { x: L.body.x + leftW + L.pad, y: L.body.y, w: L.body.w - leftW - L.pad, h: navY - L.gap - L.body.y }
      : { x: L.body.x, y: L.body.y + optH + L.gap, w: L.body.w, h: navY - L.gap - (L.body.y + optH + L.gap) };
    this.link = drawLinkAndStatus(k, right, this.preset(), session);
    const row1 = [
      { id: 'start', label: W('setup.start'), style: 'primary' as const, go: () => this.start(), disabled: this.level() === null },
      {
        id: 'poll',
        label: W(ws && firstPollTaken() ? 'poll.endWith' : 'poll.startWith'),
        visible: W('poll.startWithShort'),
        style: 'quiet' as const,
        go: () => this.poll(),
        disabled: this.level() === null,
      },
      { id: 'copy', label: W('setup.copy'), style: 'quiet' as const, go: () => void copyLink(this.link, this.preset()), disabled: false },
      {
        id: 'guide',
        label: W('setup.guide'),
        style: 'quiet' as const,
        go: () =>
          goTo(this, WORKSHOP_SCENES.guide, { gameId: this.gameId(), from: WORKSHOP_SCENES.setup, ...(this.level() ? { level: this.level()!.level } : {}) }),
        disabled: false,
      },
    ];
    const none = !session || session.answers.length === 0;
    const row2 = (['csv', 'json', 'xapi'] as const).map((k) => ({
      id: `export-${k}`,
      label: W(`export.${k}`),
      visible: W(`export.${k}Short`),
      style: 'quiet' as const,
      go: () => void exportSession(k as ExportKind),
      disabled: none,
    }));
    const rowW = L.body.w;
    const place3 = (
      items: Array<{ id: string; label: string; visible?: string; style: 'primary' | 'quiet'; go: () => void; disabled: boolean }>,
      y: number,
      group: string,
    ): void => {
      const w = (rowW - L.gap * (items.length - 1)) / items.length;
      items.forEach((b, i) =>
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          visibleLabel: b.visible,
          description: b.disabled && b.id.startsWith('export') ? W('export.empty') : undefined,
          style: b.style,
          group,
          disabled: b.disabled,
          rect: { x: L.body.x + i * (w + L.gap), y, w, h: bh },
          fontSize: L.portrait ? L.font.small : undefined,
          onActivate: b.go,
        }),
      );
    };
    place3(row1, navY, 'actions');
    place3(
      ws
        ? [
            ...row2,
            {
              id: 'new-session',
              label: W('setup.newSession'),
              visible: L.portrait ? W('setup.newSessionShort') : undefined,
              style: 'quiet' as const,
              go: () => this.newSession(),
              disabled: false,
            },
          ]
        : row2,
      navY + bh + L.gap,
      'export',
    );
  }

  /** New, restore or import: asked in a dialog, never in one click (core/export keeps the previous session). */
  private newSession(): void {
    void import('./sessionDialog').then(inLang).then(({ showSessionDialog }) => showSessionDialog(() => this.scene.isActive() && this.rebuild()));
  }
}
