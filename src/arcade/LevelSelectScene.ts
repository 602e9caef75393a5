// Level select for one game: each level's best score and stars, locked levels marked, broken files listed
// with their error, and "Open a level file…" for a trainer's own level.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import Phaser from 'phaser';
import { addButton, addHeader, addScrollArea, addText, addTextPanel, drawStars, fitText } from '../ui/widgets';
import { svc, gameById } from './services';
import { goTo, startLevel, type ErrorData } from './flow';
import { localize } from '../core/i18n';
import { COLORS } from '../ui/theme';
import type { LevelLoad } from '../core/levels';
import type { BaseLevel, GameEntry } from '../games/sdk/types';
import { a11y } from '../ui/a11y';
import { pickFile } from '../ui/download';
import { isWorkshop, startCheckPoll } from './workshop/workshop';
import { levelLocks } from './levelLocks';
import { WORKSHOP_SCENES } from './workshop/keys';
import { W } from './workshop/strings';
import { hasGuide } from './workshop/guides';
import { EDITOR_SCENE, hasEditor } from './workshop/editor/keys';

/** Narrowest a bottom button may get before the row splits in two. */
const MIN_BOTTOM_W = 110;

interface LevelSelectData {
  gameId: string;
}

export class LevelSelectScene extends ArcadeScene {
  private gameId = '';
  private loads: LevelLoad<BaseLevel>[] | null = null;
  private failed = false;
  /** The trainer's own levels of this game, as checked by its schema today. */
  private own: LevelLoad<BaseLevel>[] = [];
  private fileInput: HTMLInputElement | null = null;
  /** The About panel is open over the list. */
  private aboutOpen = false;

  constructor() {
    super(SCENES.levels);
  }

  init(data: LevelSelectData): void {
    this.gameId = data.gameId;
    this.loads = null;
    this.failed = false;
    this.aboutOpen = false;
  }

  protected screenName(): string {
    const g = gameById(this.gameId);
    return T('screen.levels', { game: g ? localize(g.title) : '' });
  }

  protected override initialFocus(): string | null {
    return this.loads ? 'level-0' : 'back';
  }

  protected override onEscape(): void {
    if (this.aboutOpen) this.toggleAbout();
    else goTo(this, SCENES.picker);
  }

  private toggleAbout(): void {
    this.aboutOpen = !this.aboutOpen;
    this.rebuild();
    this.dom?.focus(this.aboutOpen ? 'close-about' : 'about');
  }

  override create(): void {
    super.create();
    this.onShutdown(() => {
      this.fileInput?.remove();
      this.fileInput = null;
    });
    Promise.all([svc().levels(this.gameId), svc().ownLevels(this.gameId)])
      .then(([loads, own]) => {
        if (!this.dom) return;
        this.loads = loads;
        this.own = own;
        this.rebuild();
        this.dom.focus('level-0');
      })
      .catch(() => {
        this.failed = true;
        this.rebuild();
      });
  }

  /** Shipped levels in order, then the trainer's own ("Your levels"). */
  private entries(): LevelLoad<BaseLevel>[] {
    return [...(this.loads ?? []), ...this.own];
  }

  protected build(): void {
    const L = this.layout;
    const game = gameById(this.gameId);
    addHeader(this, this.dom!, L, game ? localize(game.title) : '', { label: T('nav.back'), onActivate: () => goTo(this, SCENES.picker) });
    if (this.aboutOpen && game) {
      const w = Math.min(860, L.body.w);
      const rect = { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap };
      addTextPanel(this, this.dom!, { id: 'about-text', rect, title: T('levels.about'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
        const p = document.createElement('p');
        p.textContent = localize(game.about);
        el.append(p);
        // Each level's sources for what it says about real places (DESIGN.md rule 14), as text.
        const sourced = (this.loads ?? []).flatMap((l) =>
          l.ok && l.level.sources && l.level.sources.length > 0 ? [{ title: l.level.title, sources: l.level.sources }] : [],
        );
        if (sourced.length === 0) return;
        const h = document.createElement('h3');
        h.textContent = T('levels.sources');
        el.append(h);
        for (const lv of sourced) {
          const t = document.createElement('p');
          t.className = 'strong';
          t.textContent = localize(lv.title);
          const ul = document.createElement('ul');
          for (const s of lv.sources) {
            const li = document.createElement('li');
            li.textContent = T('levels.source', { claim: localize(s.claim), cite: s.cite });
            ul.append(li);
          }
          el.append(t, ul);
        }
      });
      const bw = Math.min(320, L.body.w);
      addButton(this, this.dom!, L, {
        id: 'close-about',
        label: T('levels.closeAbout'),
        rect: { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH },
        onActivate: () => this.toggleAbout(),
      });
      return;
    }
    if (!this.loads) {
      addText(this, L.w / 2, L.body.y + L.pad, T(this.failed ? 'levels.loadFailed' : 'levels.loading'), { size: L.font.body, originX: 0.5 });
      return;
    }
    const entries = this.entries();
    const cols = L.portrait ? 1 : L.w > 1500 ? 3 : 2;
    // Bottom row: open a trainer's file, make one (games with an editor), the trainer's kept levels (when there are
    // any), and the game's About; in two rows where one would squeeze them.
    const bottom = [
      { id: 'open-file', label: T('levels.open'), description: T('levels.openHelp'), go: () => this.pickFile() },
      ...(hasEditor(gameById(this.gameId))
        ? [
            {
              id: 'make-level',
              label: T('editor.open'),
              description: T('editor.openHelp'),
              go: () => goTo(this, EDITOR_SCENE, { gameId: this.gameId, from: SCENES.levels }),
            },
          ]
        : []),
      ...(svc().own.list(this.gameId).length > 0
        ? [{ id: 'your-levels', label: T('own.button'), description: undefined, go: () => goTo(this, SCENES.yourLevels, { gameId: this.gameId }) }]
        : []),
      { id: 'about', label: T('levels.about'), description: undefined, go: () => this.toggleAbout() },
      ...(isWorkshop() && hasGuide(this.gameId)
        ? [{ id: 'guide', label: W('setup.guide'), description: undefined, go: () => goTo(this, WORKSHOP_SCENES.guide, { gameId: this.gameId }) }]
        : []),
    ];
    const perRow = (L.body.w - L.gap * (bottom.length - 1)) / bottom.length >= MIN_BOTTOM_W ? bottom.length : Math.ceil(bottom.length / 2);
    const bottomRows = Math.ceil(bottom.length / perRow);
    const openH = bottomRows * L.buttonH + (bottomRows - 1) * L.gap;
    // Top row for the self-learner: the game's primer, and the before-and-after check.
    const learnH = this.addLearningRow(entries.filter((e) => e.ok).length);
    const area = { ...L.body, y: L.body.y + learnH, h: L.body.h - openH - L.gap - learnH };
    const rows = Math.ceil(entries.length / cols);
    // Room for a two-line title and a status line with the stars, at the current text size.
    const cellH = Math.max(L.buttonH * 1.3, L.font.body * 1.25 * 2 + L.font.small * 1.3 + L.pad * 2.2, Math.min(150, (area.h - L.gap * (rows - 1)) / rows));
    const cw = (Math.min(area.w, 1500) - L.gap * (cols - 1)) / cols;
    const x0 = (area.w - (cw * cols + L.gap * (cols - 1))) / 2;
    // Room for the focus ring inside the scroll area.
    const ring = 8;
    const scroll = addScrollArea(
      this,
      this.dom!,
      'levels',
      { x: area.x - ring, y: area.y - ring, w: area.w + 2 * ring, h: area.h + 2 * ring },
      rows * (cellH + L.gap) - L.gap + 2 * ring,
    );
    const shipped = this.loads?.length ?? 0;
    const locks = levelLocks(
      entries.map((load, i) => ({ shipped: i < shipped, ok: load.ok, stars: load.ok ? (svc().store.levelRecord(this.gameId, load.level.id)?.stars ?? 0) : 0 })),
      isWorkshop(),
    );
    entries.forEach((load, i) => {
      const rect = { x: ring + x0 + (i % cols) * (cw + L.gap), y: ring + Math.floor(i / cols) * (cellH + L.gap), w: cw, h: cellH };
      if (!load.ok) {
        addButton(this, this.dom!, L, {
          id: `level-${i}`,
          label: T('levels.brokenFile', { file: load.file }),
          style: 'card',
          group: 'levels',
          rect,
          sublabel: T('levels.broken'),
          visibleLabel: `⚠ ${load.file}`,
          scroll,
          onActivate: () => {
            const data: ErrorData = { gameId: this.gameId, file: load.file, issues: load.issues };
            goTo(this, SCENES.error, data);
          },
        });
        return;
      }
      const lvl = load.level;
      const extra = i >= (this.loads?.length ?? 0);
      const rec = svc().store.levelRecord(this.gameId, lvl.id);
      const locked = locks[i] ?? false;
      const title = extra ? localize(lvl.title) : T('levels.numbered', { n: i + 1, title: localize(lvl.title) });
      const resumable = svc().store.loadRound(this.gameId, lvl.id) !== undefined;
      const status = locked ? T('levels.locked') : rec ? T('levels.bestAndStars', { score: rec.best, stars: rec.stars }) : T('levels.notPlayed');
      addButton(this, this.dom!, L, {
        id: `level-${i}`,
        label: title,
        description: T('levels.description', { status, resume: resumable ? 'yes' : 'no', summary: lvl.summary ? localize(lvl.summary) : 'none' }),
        visibleLabel: '',
        style: 'card',
        group: 'levels',
        disabled: locked,
        rect,
        scroll,
        onActivate: () => void startLevel(this, this.gameId, lvl, load.file, resumable),
      });
      const ink = locked ? COLORS.onBg : COLORS.ink;
      const soft = locked ? COLORS.onBgSoft : COLORS.inkSoft;
      const starW = 3 * 24 + 16;
      const add = <O extends Phaser.GameObjects.GameObject>(o: O): O => (scroll.container.add(o), o);
      const tt = addText(this, rect.x + L.pad, rect.y + L.pad * 0.6, title, { size: L.font.body, bold: true, color: ink, width: rect.w - 2 * L.pad });
      const shortStatus = locked ? T('levels.lockedShort') : rec ? T('levels.best', { score: rec.best }) : T('levels.notPlayed');
      const statusText = resumable ? T('levels.resumeMark', { status: shortStatus }) : shortStatus;
      add(tt);
      const st = add(addText(this, rect.x + L.pad, 0, statusText, { size: L.font.small, color: soft, width: rect.w - 2 * L.pad - starW }));
      st.setY(rect.y + rect.h - L.pad * 0.6 - st.height);
      fitText(tt, rect.w - 2 * L.pad, st.y - tt.y - 2);
      if (!locked) add(drawStars(this, rect.x + rect.w - L.pad - starW / 2, st.y + st.height / 2, rec?.stars ?? 0, 24, false));
    });
    const bw = Math.min(420, (L.body.w - L.gap * (perRow - 1)) / perRow);
    bottom.forEach((b, i) => {
      const r = Math.floor(i / perRow);
      const inRow = Math.min(perRow, bottom.length - r * perRow);
      const bx = L.w / 2 - (bw * inRow + L.gap * (inRow - 1)) / 2;
      const y = L.h - L.pad - openH + r * (L.buttonH + L.gap);
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        description: b.description,
        style: 'quiet',
        rect: { x: bx + (i % perRow) * (bw + L.gap), y, w: bw, h: L.buttonH },
        fontSize: perRow > 2 ? L.font.small : undefined,
        onActivate: b.go,
      });
    });
  }

  /** The primer and check buttons above the levels; returns the height they take (with the gap below). */
  private addLearningRow(levelCount: number): number {
    const L = this.layout;
    const primer = gameById(this.gameId)?.loadPrimer !== undefined;
    const rec = svc().learning.check(this.gameId);
    const lastId = this.loads?.flatMap((l) => (l.ok ? [l.level.id] : [])).at(-1);
    const finished = lastId !== undefined && svc().store.levelRecord(this.gameId, lastId) !== undefined;
    const when = rec.before ? 'after' : 'before';
    const label = !rec.before ? T('check.takeBefore') : rec.after || !finished ? T('check.takeAgain') : T('check.takeAfter');
    // In a workshop the check is the room's: a poll at the start and another at the end.
    const checks = isWorkshop()
      ? [
          { id: 'poll-before', label: W('poll.before'), go: () => startCheckPoll(this, this.gameId, 'before') },
          { id: 'poll-after', label: W('poll.after'), go: () => startCheckPoll(this, this.gameId, 'after') },
          // The closing recap on the projector, at the end of the run sheet.
          { id: 'recap', label: T('recap.title'), go: () => goTo(this, SCENES.recap, { from: SCENES.levels, fromData: { gameId: this.gameId } }) },
        ]
      : levelCount > 0
        ? [{ id: 'check', label, go: () => goTo(this, SCENES.check, { gameId: this.gameId, when }) }]
        : [];
    const buttons = [...(primer ? [{ id: 'primer', label: T('primer.button'), go: () => goTo(this, SCENES.primer, { gameId: this.gameId }) }] : []), ...checks];
    if (buttons.length === 0) return 0;
    const bw = Math.min(420, (L.body.w - L.gap * (buttons.length - 1)) / buttons.length);
    const x0 = L.w / 2 - (bw * buttons.length + L.gap * (buttons.length - 1)) / 2;
    buttons.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: 'quiet',
        group: 'learn',
        rect: { x: x0 + i * (bw + L.gap), y: L.body.y, w: bw, h: L.buttonH },
        fontSize: L.font.small,
        onActivate: b.go,
      }),
    );
    return L.buttonH + L.gap;
  }

  /** A trainer's level file: parsed through the game's schema; errors go to the error screen. */
  private pickFile(): void {
    const game = gameById(this.gameId);
    if (!game) return;
    this.fileInput?.remove();
    this.fileInput = pickFile('.json,application/json', T('levels.open'), (f) => void this.openFile(game, f), a11y().root);
  }

  private async openFile(game: GameEntry, f: File): Promise<void> {
    // Loaded only when a trainer opens a file: level checking (zod) is not part of the start bundle.
    const { MAX_LEVEL_BYTES, tooLargeIssue } = await import('../core/levels');
    if (!this.dom) return;
    if (f.size > MAX_LEVEL_BYTES) {
      const data: ErrorData = { gameId: this.gameId, file: f.name, issues: [tooLargeIssue(f.name, f.size)] };
      goTo(this, SCENES.error, data);
      return;
    }
    const text = await f.text();
    const load = await game.parseLevelFile(f.name, text);
    if (!this.dom) return;
    if (!load.ok) {
      const data: ErrorData = { gameId: this.gameId, file: f.name, issues: load.issues };
      goTo(this, SCENES.error, data);
      return;
    }
    // Kept in this browser, listed under "Your levels"; said out loud, with whether it will still be there.
    const kept = svc().own.add(this.gameId, load.level.id, f.name, text);
    svc().forgetOwnLevels(this.gameId);
    this.own = await svc().ownLevels(this.gameId);
    if (!this.dom) return;
    a11y().announce(T(kept === 'too-many' ? 'own.tooMany' : kept === 'no-room' ? 'own.noRoom' : 'own.kept', { title: localize(load.level.title) }));
    this.rebuild();
  }
}
