// Level select for one game: each level's best score and stars, locked levels marked, broken files listed
// with their error, and "Open a level file…" for a trainer's own level. The words are in ./levelSelect.present, the
// rectangles in ./levelSelect.layout; this screen gathers the state, draws, and turns presses into actions.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import type Phaser from 'phaser';
import { appendBlocks } from '../ui/textList';
import { addButton, addHeader, addScrollArea, addText, addTextPanel, drawStars, fitText, type Scroller } from '../ui/widgets';
import { svc, gameById } from './services';
import { goTo, startLevel, type ErrorData } from './flow';
import { localize } from '../core/i18n';
import { COLORS } from '../ui/theme';
import type { LevelLoad } from '../core/levels';
import type { Rect } from '../core/rect';
import type { BaseLevel, GameEntry } from '../games/sdk/types';
import { a11y } from '../ui/a11y';
import { pickFile } from '../ui/download';
import { WORKSHOP_SCENES } from './workshop/keys';
import { hasGuide } from './workshop/guides';
import { EDITOR_SCENE, hasEditor } from './workshop/editor/keys';
import {
  entries,
  initialFocus,
  keptAnnouncement,
  levelSelectHeading,
  presentLevelSelect,
  type AboutView,
  type LevelCardView,
  type LevelSelectView,
} from './levelSelect.present';
import { CARD_STAR, aboutLayout, cardParts, levelSelectLayout, messageAt } from './levelSelect.layout';

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
    return levelSelectHeading(gameById(this.gameId)?.title);
  }

  protected override initialFocus(): string | null {
    return initialFocus(this.loads !== null);
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

  /** What the screen shows, from the game's entry, its levels, the save and the mode. */
  private view(): LevelSelectView {
    const game = gameById(this.gameId);
    const store = svc().store;
    return presentLevelSelect({
      game: game && { title: game.title, about: game.about, primer: game.loadPrimer !== undefined, editor: hasEditor(game), guide: hasGuide(this.gameId) },
      loads: this.loads,
      failed: this.failed,
      own: this.own,
      kept: svc().own.list(this.gameId).length,
      record: (id) => store.levelRecord(this.gameId, id),
      resumable: (id) => store.loadRound(this.gameId, id) !== undefined,
      check: svc().learning.check(this.gameId),
      workshop: svc().workshop !== null,
      aboutOpen: this.aboutOpen,
    });
  }

  /** What each button beside the levels does, by its id. */
  private actions(v: LevelSelectView): Record<string, () => void> {
    const gameId = this.gameId;
    const when = v.checkWhen;
    return {
      primer: () => goTo(this, SCENES.primer, { gameId }),
      check: () => goTo(this, SCENES.check, { gameId, when }),
      'poll-before': () => svc().workshop?.startCheckPoll(this, gameId, 'before'),
      'poll-after': () => svc().workshop?.startCheckPoll(this, gameId, 'after'),
      // The closing recap on the projector, at the end of the run sheet.
      recap: () => goTo(this, SCENES.recap, { from: SCENES.levels, fromData: { gameId } }),
      'open-file': () => this.pickFile(v.bottom.find((b) => b.id === 'open-file')?.label ?? ''),
      'make-level': () => goTo(this, EDITOR_SCENE, { gameId, from: SCENES.levels }),
      'your-levels': () => goTo(this, SCENES.yourLevels, { gameId }),
      about: () => this.toggleAbout(),
      guide: () => goTo(this, WORKSHOP_SCENES.guide, { gameId }),
    };
  }

  protected build(): void {
    const L = this.layout;
    const v = this.view();
    addHeader(this, this.dom!, L, v.header, { label: v.back, onActivate: () => goTo(this, SCENES.picker) });
    if (v.about) return this.drawAbout(v.about);
    if (v.message !== null) {
      const at = messageAt(L);
      addText(this, at.x, at.y, v.message, { size: L.font.body, originX: 0.5 });
      return;
    }
    const lay = levelSelectLayout(L, { levels: v.levels.length, learn: v.learn.length, bottom: v.bottom.length });
    const act = this.actions(v);
    v.learn.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: 'quiet',
        group: 'learn',
        rect: lay.learn[i]!,
        fontSize: L.font.small,
        onActivate: () => act[b.id]?.(),
      }),
    );
    const scroll = addScrollArea(this, this.dom!, 'levels', lay.scroll, lay.contentH);
    const all = entries({ loads: this.loads, own: this.own });
    for (const card of v.levels) this.drawCard(card, all[card.index]!, lay.cards[card.index]!, scroll);
    v.bottom.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        description: b.description,
        style: 'quiet',
        rect: lay.bottom[i]!,
        fontSize: lay.bottomSmall ? L.font.small : undefined,
        onActivate: () => act[b.id]?.(),
      }),
    );
  }

  private drawAbout(about: AboutView): void {
    const L = this.layout;
    const lay = aboutLayout(L);
    addTextPanel(this, this.dom!, { id: 'about-text', rect: lay.panel, title: about.title, bodySize: L.font.body, titleSize: L.font.large }, (el) =>
      appendBlocks(el, [
        { p: about.text },
        ...(about.sources.length === 0 ? [] : [{ h3: about.sourcesTitle }]),
        ...about.sources.flatMap((lv) => [{ p: lv.title, strong: true }, { list: lv.lines }]),
      ]),
    );
    addButton(this, this.dom!, L, { id: 'close-about', label: about.close, rect: lay.close, onActivate: () => this.toggleAbout() });
  }

  /** A level's card: a button, with its title, status line and stars drawn inside the scroll area. */
  private drawCard(card: LevelCardView, load: LevelLoad<BaseLevel>, rect: Rect, scroll: Scroller): void {
    const L = this.layout;
    if (card.kind === 'broken') {
      const issues = load.ok ? [] : load.issues;
      addButton(this, this.dom!, L, {
        id: card.id,
        label: card.label,
        style: 'card',
        group: 'levels',
        rect,
        sublabel: card.sublabel,
        visibleLabel: card.visibleLabel,
        scroll,
        onActivate: () => {
          const data: ErrorData = { gameId: this.gameId, file: load.file, issues };
          goTo(this, SCENES.error, data);
        },
      });
      return;
    }
    if (!load.ok) return;
    const lvl = load.level;
    addButton(this, this.dom!, L, {
      id: card.id,
      label: card.label,
      description: card.description,
      visibleLabel: '',
      style: 'card',
      group: 'levels',
      disabled: card.locked,
      rect,
      scroll,
      onActivate: () => void startLevel(this, this.gameId, lvl, load.file, card.resumable),
    });
    const ink = card.locked ? COLORS.onBg : COLORS.ink;
    const soft = card.locked ? COLORS.onBgSoft : COLORS.inkSoft;
    const at = cardParts(L, rect);
    const add = <O extends Phaser.GameObjects.GameObject>(o: O): O => (scroll.container.add(o), o);
    const tt = add(addText(this, at.title.x, at.title.y, card.label, { size: L.font.body, bold: true, color: ink, width: at.title.w }));
    const st = add(addText(this, at.status.x, 0, card.status, { size: L.font.small, color: soft, width: at.status.w }));
    st.setY(at.status.bottom - st.height);
    fitText(tt, at.title.w, st.y - tt.y - 2);
    if (card.stars !== null) add(drawStars(this, at.starsX, st.y + st.height / 2, card.stars, CARD_STAR, false));
  }

  /** A trainer's level file: parsed through the game's schema; errors go to the error screen. */
  private pickFile(label: string): void {
    const game = gameById(this.gameId);
    if (!game) return;
    this.fileInput?.remove();
    this.fileInput = pickFile('.json,application/json', label, (f) => void this.openFile(game, f), a11y().root);
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
    a11y().announce(keptAnnouncement(kept, localize(load.level.title)));
    this.rebuild();
  }
}
