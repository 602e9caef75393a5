// The trainer's workshop screen: game, level, language, teams (named, or the whole room), the workshop clock and
// projector colours; the workshop link as selectable text and as a QR code made on the device (no network); Start,
// the facilitator guide, and the session so far with its export (CSV, JSON, xAPI). The words and rules are in
// ./setup.present, the rectangles in ./setup.layout; this screen keeps the draft, gathers the state and draws
// (the options in ./setupOptions, the link and the session in ./setupStatus).
import { ArcadeScene } from '../../ui/ArcadeScene';
import { addButton, addHeader } from '../../ui/widgets';
import { a11y } from '../../ui/a11y';
import { goBack, goTo, inLang, startLevel } from '../flow';
import { openDialog } from './room/dialogs';
import type { Back } from '../screens';
import { svc } from '../services';
import type { LevelLoad } from '../../core/levels';
import type { BaseLevel } from '../../games/sdk/types';
import type { WorkshopPreset } from '../../core/preset';
import { offeredLangs } from '../languages';
import { WORKSHOP_SCENES } from './keys';
import { W } from './strings';
import { currentPreset, playsTogether, showNotice, startWorkshop, type Workshop } from './workshop';
import { exportSession, type ExportKind } from './download';
import { roomInProgress } from './sessions';
import { drawOptions } from './setupOptions';
import { copyLink, drawLinkAndStatus, refreshLink, type LinkView } from './setupStatus';
import {
  changedAnnouncement,
  chosenLevel,
  initialFocus,
  linkLevelMissing,
  pollWhen,
  presentSetup,
  resumesRoom,
  roomLevels,
  setupGameId,
  setupHeading,
  writtenPreset,
  type SetupChange,
  type SetupView,
} from './setup.present';
import { setupLayout } from './setup.layout';

/** Where Back goes (the title by default; the results when opened from there) and with what. */
export type SetupData = Partial<Back> & {
  /** A control to focus first (the export, when opened from the results). */
  focus?: string;
};

export class SetupScene extends ArcadeScene {
  private from: Partial<Back> = {};
  private focusFirst: string | null = null;
  private levels = new Map<string, LevelLoad<BaseLevel>[]>();
  private link: LinkView | null = null;
  // Kept for the page's life: Phaser keeps one instance of the screen, and init does not reset these.
  /** The draft kept while the trainer visits the guide and comes back. */
  private draft: WorkshopPreset | null = null;
  /** The link's level was looked for once: a missing one is said once. */
  private levelChecked = false;
  /** A room in progress when the page loaded was looked for once (a reload returns to it). */
  private resumeChecked = false;

  constructor() {
    super(WORKSHOP_SCENES.setup);
  }

  init(data: SetupData): void {
    this.from = { from: data?.from, fromData: data?.fromData } as Partial<Back>;
    this.focusFirst = data?.focus ?? null;
    const draft = this.p;
    // The room moved on to another level since (workshop followLevel): the screen shows the level in play.
    const now = this.ws?.presetCopy() ?? null;
    if (now && now.game === draft.game && now.level !== null) draft.level = now.level;
  }

  private get p(): WorkshopPreset {
    this.draft ??= currentPreset(this.ws);
    return this.draft;
  }

  /** The workshop under way, if any (the setup screen also starts one from the ordinary arcade). */
  private get ws(): Workshop | null {
    return svc().workshop;
  }

  protected screenName(): string {
    return setupHeading();
  }

  protected override initialFocus(): string {
    return initialFocus(this.focusFirst);
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
    return setupGameId(svc().games, this.p.game);
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
        const loads = roomLevels(shipped, own);
        this.levels.set(gameId, loads);
        // A level named in the link that the game does not have: said once, and the first level is used.
        const p = this.p;
        const ws = this.ws;
        if (!this.levelChecked && ws && linkLevelMissing(p, gameId, loads)) {
          p.level = null;
          // Out of the address too, so the notice does not come back on every reload.
          ws.applyPreset({ ...ws.preset, level: null });
          ws.noteIgnored({ key: 'level', reason: 'bad' });
          showNotice(W('notice.levelMissing'));
        }
        this.levelChecked = true;
        // A reload (a clicker's F5) in the middle of a room: straight back to the card it was on, not this screen.
        if (!this.resumeChecked && ws && p.game === gameId) {
          this.resumeChecked = true;
          if (resumesRoom(p, roomInProgress(), playsTogether(gameId), this.level()?.level.id)) {
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
    return chosenLevel(this.playable(), this.p.level);
  }

  /** The preset as it will be written: the game always named. */
  private preset(): WorkshopPreset {
    return writtenPreset(this.p, this.gameId());
  }

  private change(c: SetupChange): void {
    Object.assign(this.p, c.patch);
    this.rebuild();
    a11y().announce(changedAnnouncement(c));
  }

  /** The level the workshop runs, written into the draft and started as a workshop (Start, the poll). */
  private begin(): { preset: WorkshopPreset; lvl: NonNullable<ReturnType<SetupScene['level']>> } | null {
    const lvl = this.level();
    if (!lvl) return null;
    const preset = { ...this.preset(), level: lvl.level.id };
    this.draft = { ...preset };
    return { preset, lvl };
  }

  private start(): void {
    const b = this.begin();
    if (!b) return;
    startWorkshop(svc(), b.preset);
    void startLevel(this, b.preset.game!, b.lvl.level, b.lvl.file);
  }

  /** Starts the workshop with the game's first check as a room poll (the levels come after it). */
  private poll(): void {
    const b = this.begin();
    if (!b) return;
    // The first poll at the start; once the room has answered it, the second one closes the workshop.
    const when = pollWhen(this.ws !== null, this.ws?.firstPollTaken() ?? false);
    startWorkshop(svc(), b.preset).startCheckPoll(this, b.preset.game!, when);
  }

  /** What the screen shows, from the draft, the games and their levels, and the workshop so far. */
  private view(): SetupView {
    const ws = this.ws;
    const gameId = this.gameId();
    return presentSetup({
      draft: this.p,
      games: svc().games.map((g) => ({ id: g.id, title: g.title, together: playsTogether(g.id), secondRound: Boolean(g.roomSecondRound) })),
      levels: this.levels.has(gameId) ? this.playable().map((l) => ({ id: l.level.id, title: l.level.title })) : null,
      langs: offeredLangs(),
      settingsLang: svc().store.settings.lang,
      workshop: ws !== null,
      next: ws?.next ?? -1,
      firstPollTaken: ws?.firstPollTaken() ?? false,
      session: ws?.session ?? null,
      ignored: ws?.ignoredText() ?? '',
      listLang: document.documentElement.lang || 'en',
    });
  }

  /** What each button along the bottom does, by its id. */
  private actions(): Record<string, () => void> {
    const exp = (k: ExportKind) => () => void exportSession(this.ws, k);
    return {
      start: () => this.start(),
      poll: () => this.poll(),
      copy: () => void copyLink(this.link, this.preset()),
      guide: () =>
        goTo(this, WORKSHOP_SCENES.guide, { gameId: this.gameId(), from: WORKSHOP_SCENES.setup, ...(this.level() ? { level: this.level()!.level } : {}) }),
      'export-csv': exp('csv'),
      'export-json': exp('json'),
      'export-xapi': exp('xapi'),
      'new-session': () => this.newSession(),
    };
  }

  protected build(): void {
    const L = this.layout;
    const v = this.view();
    addHeader(this, this.dom!, L, v.heading, { label: v.back, onActivate: () => this.back() });
    const lay = setupLayout(L, { rows: v.options.length, actions: [v.actions[0].length, v.actions[1].length] });
    const k = { scene: this, dom: this.dom!, L };
    drawOptions(k, lay, v.options, {
      press: (id) => {
        // From the draft as it is now: a team's name typed since the last drawing is kept.
        const row = this.view().options.find((o) => o.kind === 'row' && o.id === id);
        if (row?.kind !== 'row' || !row.change) return;
        if (id === 'game' && row.change.patch.game) this.loadLevels(row.change.patch.game);
        this.change(row.change);
      },
      teamName: (i, value) => {
        this.p.teams[i] = value;
        refreshLink(this.link, this.preset());
      },
      nextTeam: (i, said) => {
        this.ws?.setNextTeam(i);
        this.rebuild();
        a11y().announce(said);
      },
    });
    this.link = drawLinkAndStatus(k, lay, v, this.preset());
    const act = this.actions();
    v.actions.forEach((row, r) =>
      row.forEach((b, i) =>
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          visibleLabel: b.visibleLabel ?? (lay.narrow ? b.short : undefined),
          description: b.description,
          style: b.style,
          group: r === 0 ? 'actions' : 'export',
          disabled: b.disabled,
          rect: lay.actions[r]![i]!,
          fontSize: lay.actionFont,
          onActivate: () => act[b.id]?.(),
        }),
      ),
    );
  }

  /** New, restore or import: asked in a dialog, never in one click (core/export keeps the previous session). */
  private newSession(): void {
    const ws = this.ws;
    if (!ws) return;
    void import('./sessionDialog').then(inLang).then(({ showSessionDialog }) => showSessionDialog(ws, () => this.scene.isActive() && this.rebuild()));
  }
}
