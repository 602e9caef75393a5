// The attract loop (kiosk mode's title screen, under the title's key): while nobody plays, it cycles through the
// games on offer, each with what it teaches, its cover in gentle motion (still under reduced motion, where the
// slides change only by the buttons), today's best names at the level the booth plays (scores only on an anonymous
// board), and "Touch to play". Every new visitor starts here. The words are in ./attract.present, the rectangles in
// ./attract.layout; this screen keeps the slides turning and the screen drifting, plays the demos, and draws.
import type Phaser from 'phaser';
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { applyUpdateIfReady } from '../offline';
import { addButton, addText, fitText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { COVER_ART, coverKey, loadArt } from '../../ui/art';
import { getLang, loadLang, type Lang } from '../../core/i18n';
import type { Rect } from '../../core/rect';
import { offeredLangs } from '../languages';
import { svc } from '../services';
import { a11y } from '../../ui/a11y';
import { boothOf } from './kiosk';
import { boothGames, boothRound } from './booth';
import type { BaseLevel, Demo } from '../../games/sdk/types';
import { KIOSK_SCENES } from './keys';
import { watchOperatorDoor } from './operatorDoor';
import { driftAt } from './drift';
import { attractHeading, initialFocus, langAnnouncement, presentAttract, slideAt, type AttractView } from './attract.present';
import {
  attractLayout,
  bestAt,
  bestListAt,
  coverArt,
  demoRect,
  middleTop,
  nameAt,
  taglineAt,
  titleMaxH,
  wordsAlign,
  wordsAt,
  wordsColumn,
  wordsHeight,
  wordsWidth,
} from './attract.layout';

/** How long each game is shown before the next. */
const SLIDE_MS = 8000;
/** Under reduced motion the slides stand still: the drift still moves on, one step this often. */
const STILL_STEP_MS = 60 * 1000;

export class AttractScene extends ArcadeScene {
  private slide = 0;
  private timer: number | undefined;
  /** The level each game is played at here (its board and its demo), once its level set has loaded. */
  private readonly rounds = new Map<string, BaseLevel>();
  /** Each game's demo of a round being played, once loaded (a game without one shows its cover). */
  private readonly demos = new Map<string, Demo>();

  constructor() {
    super(SCENES.title);
  }

  protected screenName(): string {
    return attractHeading();
  }

  protected override initialFocus(): string {
    return initialFocus();
  }

  override create(): void {
    const k = boothOf(svc());
    k.onAttract = true;
    boothOf(svc()).resetVisitor();
    // The safe moment for a waiting new version: nobody is playing.
    if (applyUpdateIfReady()) return;
    // First start: the operator chooses the PIN before the booth opens.
    if (!k.pin.isSet()) {
      k.onAttract = false;
      goTo(this, KIOSK_SCENES.pin, { mode: 'set' });
      return;
    }
    // A device that was a booth, asked to be one again (Settings, "Back to kiosk mode"): the operator's PIN first.
    if (!k.store.settings.active) {
      k.onAttract = false;
      goTo(this, KIOSK_SCENES.pin, { mode: 'check' });
      return;
    }
    super.create();
    // The operator's door: a long press in the bottom right corner, or Ctrl+Alt+O (never a visible button).
    this.onShutdown(watchOperatorDoor(() => this.scene.isActive() && goTo(this, KIOSK_SCENES.pin, { mode: 'check' })));
    this.onShutdown(() => {
      k.onAttract = false;
      window.clearTimeout(this.timer);
    });
    void loadArt(this, COVER_ART).then((loaded) => {
      if (loaded && this.dom) this.rebuild();
    });
    for (const g of boothGames(boothOf(svc()))) {
      void Promise.all([boothRound(boothOf(svc()), g.id), g.loadDemo?.()])
        .then(([round, demo]) => {
          if (!round) return;
          this.rounds.set(g.id, round.level);
          if (demo) this.demos.set(g.id, demo);
          if (this.dom && boothGames(boothOf(svc()))[this.slide % boothGames(boothOf(svc())).length] === g) this.rebuild();
        })
        .catch(() => undefined);
    }
    this.schedule();
  }

  /** The next slide in SLIDE_MS, unless motion is reduced (then only the buttons change slides, and the drift steps). */
  private schedule(): void {
    window.clearTimeout(this.timer);
    if (this.reducedMotion) {
      this.timer = window.setTimeout(() => {
        if (!this.dom) return;
        this.rebuild();
        this.schedule();
      }, STILL_STEP_MS);
      return;
    }
    this.timer = window.setTimeout(() => {
      if (!this.dom) return;
      this.show(this.slide + 1);
      this.schedule();
    }, SLIDE_MS);
  }

  private show(i: number): void {
    this.slide = slideAt(i, boothGames(boothOf(svc())).length);
    this.rebuild();
  }

  /** What the slide shows, from the games on offer, today's board and the languages. */
  private view(): AttractView {
    const games = boothGames(boothOf(svc()));
    const g = games[this.slide % games.length]!;
    const levelId = this.rounds.get(g.id)?.id;
    return presentAttract({
      games,
      slide: this.slide,
      ranked: levelId ? boothOf(svc()).board.ranked(g.id, levelId) : null,
      anonymous: boothOf(svc()).store.settings.anonymousBoard,
      langs: offeredLangs(),
      lang: getLang(),
    });
  }

  protected build(): void {
    const L = this.layout;
    const games = boothGames(boothOf(svc()));
    const g = games[this.slide % games.length]!;
    const v = this.view();
    // The drift: the canvas's camera and the DOM twins move together.
    const drift = driftAt(Date.now(), L.pad);
    this.cameras.main.setScroll(-drift.x, -drift.y);
    this.dom!.el.style.transform = `translate(${drift.x}px, ${drift.y}px)`;
    // Top: the arcade's name (on a totem, the banner above the reach says it: kiosk/reachBanner).
    let tagBottom: number | null = null;
    if (this.outOfReach === 0) {
      const at = nameAt(L);
      const head = addText(this, at.x, at.y, v.welcome, { size: L.font.title, bold: true, originX: 0.5, align: 'center', width: at.w });
      const tagAt = taglineAt(L, head.y + head.height);
      const tag = addText(this, tagAt.x, tagAt.y, v.tagline, { size: L.font.body, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: tagAt.w });
      tagBottom = tag.y + tag.height;
    }
    // The words are measured first: upright, the cover leaves them the room they need.
    const words = this.words(v);
    const h = { count: words.count.height, title: words.title.height, description: words.description.height };
    const lay = attractLayout(L, { top: middleTop(L, tagBottom), langs: v.langs.length, words: wordsHeight(L, h) });
    const key = coverKey(g.id);
    const round = this.rounds.get(g.id);
    const demo = this.demos.get(g.id);
    if (lay.cover && round && demo) {
      // A few seconds of the round being played, in the game's own colours and words.
      demo(this, L, demoRect(lay.cover), round, { still: this.reducedMotion });
    } else if (lay.cover && this.textures.exists(key)) {
      const art = coverArt(lay.cover);
      const img = this.add.image(art.x + art.w / 2, art.y + art.h / 2, key).setDisplaySize(art.w, art.h);
      if (!this.reducedMotion) {
        const s = img.scaleX;
        // A slow drift and breath of the cover: the preview moves, the words stay still.
        this.tweens.add({
          targets: img,
          scale: { from: s, to: s * 1.05 },
          y: { from: img.y + 6, to: img.y - 6 },
          duration: 2400,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.easeInOut',
        });
        this.tweens.add({ targets: img, alpha: { from: 0, to: 1 }, duration: 500 });
      }
    }
    this.placeWords(v, words, lay.text);
    // The slide's words for screen readers (the canvas says nothing).
    for (const line of v.spoken) this.dom!.text(line);
    addButton(this, this.dom!, L, {
      id: 'play',
      label: v.play,
      rect: lay.play,
      fontSize: L.font.title,
      onActivate: () => {
        // A visitor, counted by the hour for the operator (nothing about them is kept).
        boothOf(svc()).stats.visitor();
        goTo(this, SCENES.picker);
      },
    });
    // Previous and next game, small and apart (the operator's door is a long press in the corner: kiosk/operatorDoor).
    const slides = { style: 'quiet' as const, group: 'slides', fontSize: L.font.small };
    addButton(this, this.dom!, L, { id: 'prev', ...v.prev, ...slides, rect: lay.prev, onActivate: () => this.step(-1) });
    addButton(this, this.dom!, L, { id: 'next', ...v.next, ...slides, rect: lay.next, onActivate: () => this.step(1) });
    // The visitor's language, between the slide buttons and the operator's door: for this visit only (the booth's own
    // comes back with the next visitor, kiosk resetVisitor).
    v.langs.forEach((l, i) =>
      addButton(this, this.dom!, L, {
        id: l.id,
        label: l.label,
        visibleLabel: lay.langsNamed ? l.label : l.code,
        style: l.current ? 'primary' : 'quiet',
        pressed: l.current,
        group: 'langs',
        rect: lay.langs[i]!,
        fontSize: L.font.small,
        onActivate: () => this.useLang(l.lang),
      }),
    );
  }

  /** The game's words at their column's width, not placed yet: the slide's place, its name, what it teaches. */
  private words(v: AttractView): { count: Phaser.GameObjects.Text; title: Phaser.GameObjects.Text; description: Phaser.GameObjects.Text } {
    const L = this.layout;
    const w = wordsWidth(L);
    const o = wordsAlign(L);
    const count = addText(this, 0, 0, v.slide, { size: L.font.small, color: COLORS.onBgSoft, ...o });
    const title = addText(this, 0, 0, v.title, { size: L.font.hero, bold: true, color: COLORS.accent, ...o, width: w });
    fitText(title, w, titleMaxH(L));
    const description = addText(this, 0, 0, v.teaches, { size: L.font.large, ...o, width: w });
    return { count, title, description };
  }

  /** The words down their column, and today's best under them where there is room. */
  private placeWords(v: AttractView, words: ReturnType<AttractScene['words']>, text: Rect): void {
    const L = this.layout;
    const col = wordsColumn(L, text);
    const o = wordsAlign(L);
    const at = wordsAt(L, text, { count: words.count.height, title: words.title.height });
    words.count.setPosition(col.x, at.count);
    words.title.setPosition(col.x, at.title);
    const d = words.description.setPosition(col.x, at.description);
    // Shrunk to the room above the buttons where it would reach them (a landscape screen at the largest text); by
    // its height only, as before: a wrapped line a fraction of a pixel over the width is not a reason to shrink.
    fitText(d, Infinity, at.descriptionMaxH);
    const best = bestAt(L, text, d.y + d.height);
    if (!best) return;
    const bh = addText(this, col.x, best.y, v.bestTitle, { size: L.font.body, bold: true, ...o, width: col.w });
    const list = bestListAt(L, best, bh.height);
    const names = addText(this, col.x, list.y, v.bestLines.join('\n'), { size: L.font.body, color: COLORS.onBgSoft, ...o, width: col.w });
    fitText(names, col.w, list.maxH);
  }

  /** A visitor's language: its words load, then the welcome screen is drawn in it. */
  private useLang(lang: Lang): void {
    const s = svc();
    s.applySettings(s.store.updateSettings({ lang }));
    void loadLang(lang)
      .catch(() => undefined)
      .then(() => {
        if (this.dom) this.rebuild();
        a11y().announce(langAnnouncement(lang));
      });
  }

  private step(by: number): void {
    this.show(this.slide + by);
    this.schedule();
  }
}
