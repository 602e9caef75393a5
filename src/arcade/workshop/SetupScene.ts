// The trainer's workshop screen: game, level, language, teams (named, or the whole room), the workshop clock and
// projector colours; the workshop link as selectable text and as a QR code made on the device (no network); Start,
// the facilitator guide, and the session so far with its export (CSV, JSON, xAPI).
import { ArcadeScene } from '../../ui/ArcadeScene';
import { T } from '../strings';
import { addButton, addHeader, addScrollArea, addTextPanel } from '../../ui/widgets';
import { a11y, place, type Rect } from '../../ui/a11y';
import { goBack, goTo, inLang, startLevel } from '../flow';
import { openDialog } from './room/dialogs';
import type { Back } from '../screens';
import { svc } from '../services';
import { localize, type Lang } from '../../core/i18n';
import type { LevelLoad } from '../../core/levels';
import type { BaseLevel } from '../../games/sdk/types';
import { MAX_TEAMS, MAX_TEAM_NAME, MIN_TEAMS, type WorkshopPreset } from '../../core/preset';
import { offeredLangs } from '../languages';
import { drawQr } from '../kiosk/qr';
import { WORKSHOP_SCENES } from './keys';
import { W } from './strings';
import {
  applyPreset,
  currentPreset,
  ignoredText,
  isWorkshop,
  noteIgnored,
  playsTogether,
  presetLink,
  setNextTeam,
  showNotice,
  firstPollTaken,
  startCheckPoll,
  startWorkshop,
  teamsOf,
  workshop,
} from './workshop';
import { exportSession, type ExportKind } from './download';
import { roomInProgress } from './sessions';

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
  private linkEl: HTMLElement | null = null;
  private qr: HTMLCanvasElement | null = null;

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
    this.linkEl = null;
    this.qr = null;
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

  private async copy(): Promise<void> {
    const link = presetLink(this.preset());
    try {
      await navigator.clipboard.writeText(link);
      a11y().announce(W('setup.copied'));
    } catch {
      // No clipboard (an insecure page, a refusal): the link is selected for the trainer to copy.
      if (this.linkEl) getSelection()?.selectAllChildren(this.linkEl);
      a11y().announce(W('setup.copyFailed'));
    }
  }

  /** The link and its QR code follow the team names as they are typed (no rebuild, so the field keeps focus). */
  private refreshLink(): void {
    const link = presetLink(this.preset());
    if (this.linkEl) this.linkEl.textContent = link;
    if (this.qr) drawQr(this.qr, link);
  }

  private teamField(rect: Rect, i: number, parent: HTMLElement): void {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'ws-input';
    input.value = this.p.teams[i] ?? '';
    input.placeholder = W('team.default', { n: i + 1 });
    input.maxLength = MAX_TEAM_NAME;
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('aria-label', W('setup.teamLabel', { n: i + 1 }));
    input.dataset.id = `team-${i}`;
    input.addEventListener('input', () => {
      this.p.teams[i] = input.value;
      this.refreshLink();
    });
    place(input, rect);
    input.style.fontSize = `${this.layout.font.body}px`;
    parent.append(input);
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
    this.options({ x: L.body.x, y: L.body.y, w: leftW, h: optH });
    const right = side
      ? { x: L.body.x + leftW + L.pad, y: L.body.y, w: L.body.w - leftW - L.pad, h: navY - L.gap - L.body.y }
      : { x: L.body.x, y: L.body.y + optH + L.gap, w: L.body.w, h: navY - L.gap - (L.body.y + optH + L.gap) };
    this.linkAndStatus(right, session);
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
      { id: 'copy', label: W('setup.copy'), style: 'quiet' as const, go: () => void this.copy(), disabled: false },
      {
        id: 'guide',
        label: W('setup.guide'),
        style: 'quiet' as const,
        go: () => goTo(this, WORKSHOP_SCENES.guide, { gameId: this.gameId(), from: WORKSHOP_SCENES.setup }),
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

  /** The options, in a scroll area: the list grows with the teams. */
  private options(area: Rect): void {
    const L = this.layout;
    const p = this.p;
    const bh = L.buttonH;
    const step = bh + L.gap;
    const ring = 8;
    const ws = isWorkshop();
    const teamRows = p.teams.length;
    const game = svc().games.find((g) => g.id === this.gameId());
    // The second question's round, where the game's room has one and teams answer together.
    const second = Boolean(game?.roomSecondRound) && p.play === 'together' && playsTogether(this.gameId());
    const answersTogether = p.play === 'together' && playsTogether(this.gameId());
    const rows = 7 + teamRows + (second ? 1 : 0) + (answersTogether ? 1 : 0);
    const scroll = addScrollArea(
      this,
      this.dom!,
      'options',
      { x: area.x - ring, y: area.y - ring, w: area.w + 2 * ring, h: area.h + 2 * ring },
      rows * step - L.gap + 2 * ring,
    );
    const w = area.w;
    let y = ring;
    const onOff = (b: boolean): string => W(b ? 'setup.on' : 'setup.off');
    const row = (id: string, label: string, act: () => void, o: { pressed?: boolean; disabled?: boolean; description?: string } = {}): void => {
      addButton(this, this.dom!, L, { id, label, style: 'quiet', group: 'options', rect: { x: ring, y, w, h: bh }, scroll, onActivate: act, ...o });
      y += step;
    };
    row('game', W('setup.game', { game: game ? localize(game.title) : '' }), () => this.cycleGame());
    const lvl = this.level();
    const loaded = this.levels.has(this.gameId());
    row(
      'level',
      lvl
        ? W('setup.level', { level: W('setup.levelItem', { n: lvl.n, title: localize(lvl.level.title) }) })
        : W(loaded ? 'setup.levelNone' : 'setup.levelLoading'),
      () => this.cycleLevel(),
      { disabled: !lvl },
    );
    const langs = offeredLangs();
    const lang = (p.lang && langs.includes(p.lang as Lang) ? p.lang : svc().store.settings.lang) as Lang;
    const nextLang = langs[(langs.indexOf(lang) + 1) % langs.length] ?? 'en';
    row('lang', W('setup.lang', { lang: T(`lang.${lang}`) }), () => this.change({ lang: nextLang }, W('setup.langName'), T(`lang.${nextLang}`)), {
      disabled: langs.length < 2,
      description: langs.length < 2 ? W('setup.langOnly') : undefined,
    });
    row('teams', W('setup.teams', { count: Math.max(1, teamRows) }), () => this.cycleTeams());
    // Together: every team answers each card before the reveal (games that offer it); else teams take turns.
    const together = playsTogether(this.gameId());
    const mode = together ? p.play : 'turns';
    const other = p.play === 'together' ? 'turns' : 'together';
    row('play', W('setup.play', { mode }), () => this.change({ play: other }, W('setup.playName'), W('setup.playValue', { mode: other })), {
      disabled: !together,
      description: together ? undefined : W('setup.playTurnsOnly'),
    });
    const next = ws ? workshop().next : -1;
    const names = teamsOf(this.preset());
    // Who plays next matters only to teams taking turns.
    const turns = ws && !(p.play === 'together' && playsTogether(this.gameId()));
    for (let i = 0; i < teamRows; i++) {
      const nw = turns ? Math.min(w * 0.34, Math.max(96, L.font.body * 5)) : 0;
      this.teamField({ x: ring, y: y + 2, w: w - (nw ? nw + L.gap : 0), h: bh - 4 }, i, scroll.content);
      if (turns) {
        const name = names[i]?.name ?? '';
        addButton(this, this.dom!, L, {
          id: `next-${i}`,
          label: W('setup.next', { team: name }),
          visibleLabel: next === i ? `▶ ${W('setup.nextShort')}` : W('setup.nextShort'),
          pressed: next === i,
          style: 'quiet',
          group: 'teams',
          rect: { x: ring + w - nw, y, w: nw, h: bh },
          scroll,
          fontSize: L.font.small,
          onActivate: () => {
            setNextTeam(i);
            this.rebuild();
            a11y().announce(W('setup.next', { team: name }));
          },
        });
      }
      y += step;
    }
    row('timer', W('setup.timer', { state: onOff(p.timer) }), () => this.change({ timer: !p.timer }, W('setup.timerName'), onOff(!p.timer)), {
      pressed: p.timer,
    });
    row(
      'projector',
      W('setup.projector', { state: onOff(p.projector) }),
      () => this.change({ projector: !p.projector }, W('setup.projectorName'), onOff(!p.projector)),
      { pressed: p.projector },
    );
    if (answersTogether)
      row(
        'hide',
        W('setup.hide', { state: W(p.hide ? 'setup.hidden' : 'setup.shown') }),
        () => this.change({ hide: !p.hide }, W('setup.hideName'), W(!p.hide ? 'setup.hidden' : 'setup.shown')),
        {
          pressed: p.hide,
        },
      );
    if (second)
      row('second', W('setup.second', { state: onOff(p.second) }), () => this.change({ second: !p.second }, W('setup.secondName'), onOff(!p.second)), {
        pressed: p.second,
      });
  }

  /** The link (text and QR code), and the session: teams, answers recorded, scores, what the link had ignored. */
  private linkAndStatus(area: Rect, session: ReturnType<typeof workshop>['session']): void {
    const L = this.layout;
    const link = presetLink(this.preset());
    const q = Math.floor(Math.max(96, Math.min(area.w * (L.portrait ? 0.32 : 0.4), area.h * 0.55, 360)));
    const g = this.add.graphics();
    // White card behind the code, so it scans on a dark page.
    g.fillStyle(0xffffff, 1).fillRoundedRect(area.x, area.y, q, q, 10);
    const canvas = document.createElement('canvas');
    canvas.className = 'ws-qr';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', W('setup.qrLabel'));
    canvas.dataset.id = 'workshop-qr';
    drawQr(canvas, link);
    place(canvas, { x: area.x + 6, y: area.y + 6, w: q - 12, h: q - 12 });
    this.dom!.el.append(canvas);
    this.qr = canvas;
    const linkRect = { x: area.x + q + L.gap, y: area.y, w: area.w - q - L.gap, h: q };
    addTextPanel(
      this,
      this.dom!,
      { id: 'link', rect: linkRect, title: W('setup.link'), bodySize: L.font.small, titleSize: L.portrait ? L.font.small : L.font.body },
      (el) => {
        const code = document.createElement('p');
        code.className = 'ws-link';
        code.textContent = link;
        this.linkEl = code;
        const help = document.createElement('p');
        help.className = 'muted';
        help.textContent = W('setup.linkHelp');
        el.append(code, help);
      },
    );
    const statusRect = { x: area.x, y: area.y + q + L.gap, w: area.w, h: area.h - q - L.gap };
    if (statusRect.h < L.font.body * 3) return;
    addTextPanel(this, this.dom!, { id: 'status', rect: statusRect, title: W('setup.sessionTitle'), bodySize: L.font.small, titleSize: L.font.body }, (el) => {
      const p = (text: string, cls?: string): void => {
        const e = document.createElement('p');
        e.textContent = text;
        if (cls) e.className = cls;
        el.append(e);
      };
      // What the link had that was not used comes first: the trainer fixes the link before the room arrives.
      const ignored = ignoredText();
      if (ignored) p(ignored, 'strong ws-ignored');
      const teams = teamsOf(this.preset());
      p(
        W('setup.teamList', {
          count: this.p.teams.length,
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
  }
}
