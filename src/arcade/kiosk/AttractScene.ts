// The attract loop (kiosk mode's title screen, under the title's key): while nobody plays, it cycles through the
// games on offer, each with what it teaches, its cover in gentle motion (still under reduced motion, where the
// slides change only by the buttons), today's best names at the level the booth plays (scores only on an anonymous
// board), and "Touch to play". Every new visitor starts here.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { applyUpdateIfReady } from '../offline';
import { addButton, addText, fitText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { COVER_ART, coverKey, loadArt } from '../../ui/art';
import { getLang, loadLang, localize, type Lang } from '../../core/i18n';
import { offeredLangs } from '../languages';
import { svc } from '../services';
import { T } from '../strings';
import { a11y } from '../../ui/a11y';
import { boardRows } from '../../core/leaderboard';
import { kiosk, resetVisitor } from './kiosk';
import { boothGames, boothRound } from './booth';
import type { BaseLevel, Demo } from '../../games/sdk/types';
import { KIOSK_SCENES } from './keys';
import { watchOperatorDoor } from './operatorDoor';
import { K } from './strings';
import { driftAt } from './drift';

/** How long each game is shown before the next. */
const SLIDE_MS = 8000;
/** Names of today's board shown per game. */
const BEST_SHOWN = 3;
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
    return K('attract.screen');
  }

  protected override initialFocus(): string {
    return 'play';
  }

  override create(): void {
    const k = kiosk();
    k.onAttract = true;
    resetVisitor();
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
    for (const g of boothGames()) {
      void Promise.all([boothRound(g.id), g.loadDemo?.()])
        .then(([round, demo]) => {
          if (!round) return;
          this.rounds.set(g.id, round.level);
          if (demo) this.demos.set(g.id, demo);
          if (this.dom && boothGames()[this.slide % boothGames().length] === g) this.rebuild();
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
    const n = boothGames().length;
    this.slide = ((i % n) + n) % n;
    this.rebuild();
  }

  protected build(): void {
    const L = this.layout;
    const games = boothGames();
    const g = games[this.slide % games.length]!;
    const title = localize(g.title);
    const teaches = localize(g.description);
    const cx = L.w / 2;
    const inner = L.w - 2 * L.pad;
    // The drift: the canvas's camera and the DOM twins move together.
    const drift = driftAt(Date.now(), L.pad);
    this.cameras.main.setScroll(-drift.x, -drift.y);
    this.dom!.el.style.transform = `translate(${drift.x}px, ${drift.y}px)`;
    // Top: the arcade's name (on a totem, the banner above the reach says it: kiosk/reachBanner).
    let top = L.pad;
    if (this.outOfReach === 0) {
      const head = addText(this, cx, L.pad, K('attract.welcome'), { size: L.font.title, bold: true, originX: 0.5, align: 'center', width: inner });
      const tag = addText(this, cx, head.y + head.height + L.gap * 0.5, `${K('attract.tagline')} · ${K('attract.promise')}`, {
        size: L.font.body,
        color: COLORS.onBgSoft,
        originX: 0.5,
        align: 'center',
        width: inner,
      });
      top = tag.y + tag.height + L.gap * 2;
    }
    // Bottom: Touch to play, and the row of small controls under it.
    const smallH = Math.max(48, L.buttonH);
    const rowY = L.h - L.pad - smallH;
    const playH = Math.max(L.buttonH * 1.6, 72);
    const playW = Math.min(inner, 640);
    const playY = rowY - L.gap * 1.5 - playH;
    const mid = { x: L.pad, y: top, w: inner, h: playY - L.gap * 2 - top };
    // Middle: cover and words side by side (landscape) or stacked (portrait).
    const coverRect = L.portrait ? { x: mid.x, y: mid.y, w: mid.w, h: mid.h * 0.42 } : { x: mid.x, y: mid.y, w: mid.w * 0.48, h: mid.h };
    const textRect = L.portrait
      ? { x: mid.x, y: coverRect.y + coverRect.h + L.gap * 2, w: mid.w, h: mid.h - coverRect.h - L.gap * 2 }
      : { x: mid.x + mid.w * 0.52, y: mid.y, w: mid.w * 0.48, h: mid.h };
    const key = coverKey(g.id);
    const round = this.rounds.get(g.id);
    const demo = this.demos.get(g.id);
    if (round && demo) {
      // A few seconds of the round being played, in the game's own colours and words.
      const m = Math.min(coverRect.w, coverRect.h) * 0.04;
      demo(this, L, { x: coverRect.x + m, y: coverRect.y + m, w: coverRect.w - 2 * m, h: coverRect.h - 2 * m }, round, { still: this.reducedMotion });
    } else if (this.textures.exists(key)) {
      const w = Math.min(coverRect.w, (coverRect.h * 310) / 190) * 0.9;
      const h = (w * 190) / 310;
      const img = this.add.image(coverRect.x + coverRect.w / 2, coverRect.y + coverRect.h / 2, key).setDisplaySize(w, h);
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
    const align = L.portrait ? 'center' : 'left';
    const tx = L.portrait ? textRect.x + textRect.w / 2 : textRect.x;
    const ox = L.portrait ? 0.5 : 0;
    let y = textRect.y;
    const count = addText(this, tx, y, K('attract.slide', { index: this.slide + 1, count: games.length }), {
      size: L.font.small,
      color: COLORS.onBgSoft,
      originX: ox,
      align,
    });
    y += count.height + L.gap * 0.5;
    const t = addText(this, tx, y, title, { size: L.font.hero, bold: true, color: COLORS.accent, originX: ox, align, width: textRect.w });
    fitText(t, textRect.w, L.font.hero * 2.6);
    y += t.height + L.gap;
    const d = addText(this, tx, y, teaches, { size: L.font.large, originX: ox, align, width: textRect.w });
    y += d.height + L.gap * 1.5;
    const levelId = round?.id;
    const best = levelId ? boardRows(kiosk().board.ranked(g.id, levelId), { shown: BEST_SHOWN, anonymous: kiosk().store.settings.anonymousBoard }) : [];
    const bestLines =
      best.length > 0
        ? best.map((e) =>
            e.name === null
              ? K('attract.bestLineAnon', { rank: e.rank, score: e.score })
              : K('attract.bestLine', { rank: e.rank, name: e.name, score: e.score }),
          )
        : [K('attract.noBest')];
    const room = textRect.y + textRect.h - y;
    if (room > L.font.body * 3) {
      const bh = addText(this, tx, y, K('attract.best'), { size: L.font.body, bold: true, originX: ox, align, width: textRect.w });
      const list = addText(this, tx, bh.y + bh.height + 4, bestLines.join('\n'), {
        size: L.font.body,
        color: COLORS.onBgSoft,
        originX: ox,
        align,
        width: textRect.w,
      });
      fitText(list, textRect.w, Math.max(L.font.small * 1.4, room - bh.height - 4));
    }
    // The slide's words for screen readers (the canvas says nothing).
    this.dom!.text(K('attract.promise'));
    this.dom!.text(K('attract.slide', { index: this.slide + 1, count: games.length }));
    this.dom!.text(title);
    this.dom!.text(teaches);
    this.dom!.text([K('attract.best'), ...bestLines].join('. '));
    addButton(this, this.dom!, L, {
      id: 'play',
      label: K('attract.play'),
      rect: { x: cx - playW / 2, y: playY, w: playW, h: playH },
      fontSize: L.font.title,
      onActivate: () => {
        // A visitor, counted by the hour for the operator (nothing about them is kept).
        kiosk().stats.visitor();
        goTo(this, SCENES.picker);
      },
    });
    // Previous and next game, small and apart (the operator's door is a long press in the corner: kiosk/operatorDoor).
    const sw = Math.min(Math.max(120, L.font.body * 8), (inner - 2 * L.gap) / 3);
    addButton(this, this.dom!, L, {
      id: 'prev',
      label: K('attract.prev'),
      visibleLabel: `‹ ${K('attract.prev')}`,
      style: 'quiet',
      group: 'slides',
      rect: { x: L.pad, y: rowY, w: sw, h: smallH },
      fontSize: L.font.small,
      onActivate: () => this.step(-1),
    });
    addButton(this, this.dom!, L, {
      id: 'next',
      label: K('attract.next'),
      visibleLabel: `${K('attract.next')} ›`,
      style: 'quiet',
      group: 'slides',
      rect: { x: L.pad + sw + L.gap, y: rowY, w: sw, h: smallH },
      fontSize: L.font.small,
      onActivate: () => this.step(1),
    });
    // The visitor's language, between the slide buttons and the operator's door: for this visit only (the booth's own
    // comes back with the next visitor, kiosk resetVisitor).
    const langs = offeredLangs();
    if (langs.length > 1) {
      const from = L.pad + 2 * (sw + L.gap);
      // Up to the operator's corner, which stays clear (kiosk/operatorDoor).
      const span = L.w - L.pad - Math.max(L.pad, 88 - L.pad) - from;
      const lw = (span - (langs.length - 1) * L.gap) / langs.length;
      const named = lw >= L.font.small * 6;
      const current = getLang();
      langs.forEach((lang, i) =>
        addButton(this, this.dom!, L, {
          id: `lang-${lang}`,
          label: T(`lang.${lang}`),
          visibleLabel: named ? T(`lang.${lang}`) : lang.toUpperCase(),
          style: lang === current ? 'primary' : 'quiet',
          pressed: lang === current,
          group: 'langs',
          rect: { x: from + i * (lw + L.gap), y: rowY, w: lw, h: smallH },
          fontSize: L.font.small,
          onActivate: () => this.useLang(lang),
        }),
      );
    }
  }

  /** A visitor's language: its words load, then the welcome screen is drawn in it. */
  private useLang(lang: Lang): void {
    const s = svc();
    s.applySettings(s.store.updateSettings({ lang }));
    void loadLang(lang)
      .catch(() => undefined)
      .then(() => {
        if (this.dom) this.rebuild();
        a11y().announce(T('settings.saved', { name: T('settings.langName'), value: T(`lang.${lang}`) }));
      });
  }

  private step(by: number): void {
    this.show(this.slide + by);
    this.schedule();
  }
}
