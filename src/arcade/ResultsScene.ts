// Results: score, stars, a new best, every answer with the accepted one and why; play again, next level, back.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addHeader, addText, addTextPanel, drawStars } from '../ui/widgets';
import { svc, gameById } from './services';
import { goTo, startLevel, type ResultsData } from './flow';
import { localize } from '../core/i18n';
import { COLORS } from '../ui/theme';
import type { BaseLevel } from '../games/sdk/types';
import { repeatedMixups, type Verdict } from '../core/round';
import { a11y } from '../ui/a11y';
import { isKiosk } from './kiosk/kiosk';
import { kioskResultButtons } from './kiosk/results';
import { isWorkshop, turnBoard } from './workshop/workshop';
import { workshopResultButton } from './workshop/results';
import { W } from './workshop/strings';

const VERDICT_KEY = { right: 'results.right', partial: 'results.partial', wrong: 'results.wrong', info: 'results.info' } as const;
const VERDICT_SYMBOL: Record<Verdict, string> = { right: '✓', partial: '◐', wrong: '✗', info: '•' };

export class ResultsScene extends ArcadeScene {
  private data0: ResultsData | null = null;
  private next: { level: BaseLevel; file: string } | null = null;
  /** This was the game's last shipped level. */
  private isLast = false;

  constructor() {
    super(SCENES.results);
  }

  init(data: ResultsData): void {
    this.data0 = data;
    this.next = null;
    this.isLast = false;
  }

  protected screenName(): string {
    return T('screen.results');
  }

  protected override initialFocus(): string {
    return this.next ? 'next' : 'again';
  }

  protected override onEscape(): void {
    if (this.data0) goTo(this, SCENES.levels, { gameId: this.data0.gameId });
  }

  override create(): void {
    const d = this.data0;
    super.create();
    if (!d) return;
    const s = d.summary;
    svc()
      .levels(d.gameId)
      .then((loads) => {
        const ok = loads.flatMap((l) => (l.ok ? [l] : []));
        const i = ok.findIndex((l) => l.level.id === d.level.id);
        const n = i >= 0 ? ok[i + 1] : undefined;
        if (i >= 0 && i === ok.length - 1 && this.dom) {
          this.isLast = true;
          this.rebuild();
        }
        // The next level is offered once this one has a star (the same rule as the level select).
        const stars = svc().store.levelRecord(d.gameId, d.level.id)?.stars ?? 0;
        if (n && stars > 0 && this.dom) {
          this.next = { level: n.level, file: n.file };
          this.rebuild();
          this.dom.focus('next');
        }
      })
      .catch(() => undefined);
    const said = T('results.announce', { score: s.score, max: s.maxScore, stars: s.stars, best: d.newBest && !isKiosk() ? 'yes' : 'no' });
    // After the screen name, so a screen reader speaks both.
    this.time.delayedCall(700, () => a11y().announce(said));
  }

  protected build(): void {
    const d = this.data0;
    if (!d) return;
    const L = this.layout;
    const s = d.summary;
    const game = gameById(d.gameId);
    addHeader(this, this.dom!, L, T('results.header', { game: game ? localize(game.title) : '', level: localize(d.level.title) }));
    const side = !L.portrait;
    const leftW = side ? Math.min(460, L.body.w * 0.36) : L.body.w;
    const left = { x: L.body.x, y: L.body.y, w: leftW, h: L.body.h };
    let y = left.y;
    const cx = left.x + left.w / 2;
    const score = addText(this, cx, y, T('results.score', { score: s.score, max: s.maxScore }), {
      size: L.font.title,
      bold: true,
      originX: 0.5,
      align: 'center',
      width: left.w,
    });
    y += score.height + L.gap;
    const starSize = side ? 56 : 40;
    // Drawn around (0, 0) and moved into place, so the pop scales from the stars' centre.
    const stars = drawStars(this, 0, 0, s.stars, starSize).setPosition(cx, y + starSize / 2);
    this.entrance([stars], 'pop', 150);
    this.dom!.text(T('results.stars', { stars: s.stars }));
    y += starSize + L.gap;
    // At a booth the best is the device's, not this visitor's: not shown.
    if (d.newBest && !isKiosk()) {
      const nb = addText(this, cx, y, T('results.newBestMark'), { size: L.font.large, bold: true, color: COLORS.accent, originX: 0.5 });
      y += nb.height + L.gap;
    }
    if (s.headline) {
      const h = addText(this, cx, y, localize(s.headline), { size: L.font.body, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: left.w });
      y += h.height + L.gap;
    }
    const buttons: Array<{ id: string; label: string; go: () => void; style: 'primary' | 'quiet' }> = [];
    if (this.next) {
      const n = this.next;
      buttons.push({ id: 'next', label: T('results.next'), style: 'primary', go: () => void startLevel(this, d.gameId, n.level, n.file) });
    }
    buttons.push({
      id: 'again',
      label: T('results.again'),
      style: this.next ? 'quiet' : 'primary',
      go: () => void startLevel(this, d.gameId, d.level, d.file),
    });
    buttons.push({ id: 'levels', label: T('results.toLevels'), style: 'quiet', go: () => goTo(this, SCENES.levels, { gameId: d.gameId }) });
    // The game's last level is behind the player: the closing recap of what the games teach.
    if (this.isLast)
      buttons.push({ id: 'recap', label: T('title.recap'), style: 'quiet', go: () => goTo(this, SCENES.recap, { from: SCENES.results, fromData: d }) });
    if (isKiosk()) buttons.splice(0, buttons.length, ...kioskResultButtons(this, d));
    if (isWorkshop()) buttons.push(workshopResultButton(this, d));
    const bh = L.buttonH;
    if (side) {
      for (const b of buttons) {
        addButton(this, this.dom!, L, { id: b.id, label: b.label, style: b.style, rect: { x: left.x, y, w: left.w, h: bh }, onActivate: b.go });
        y += bh + L.gap;
      }
    } else {
      const bw = (L.body.w - L.gap * (buttons.length - 1)) / buttons.length;
      const by = L.h - L.pad - bh;
      buttons.forEach((b, i) =>
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          style: b.style,
          rect: { x: L.body.x + i * (bw + L.gap), y: by, w: bw, h: bh },
          onActivate: b.go,
          fontSize: L.font.small,
        }),
      );
    }
    const panel = side
      ? { x: left.x + left.w + L.pad, y: L.body.y, w: L.body.w - left.w - L.pad, h: L.body.h }
      : { x: L.body.x, y, w: L.body.w, h: L.h - L.pad - bh - L.gap - y };
    addTextPanel(this, this.dom!, { id: 'details', rect: panel, title: T('results.details'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      // Teams taking turns: the scoreboard between turns, and whose turn comes.
      const board = isWorkshop() ? turnBoard() : null;
      if (board) {
        const h = document.createElement('h3');
        h.textContent = W('turns.heading');
        const ul = document.createElement('ul');
        ul.dataset.id = 'turn-board';
        for (const line of [...board.lines, board.next]) {
          const li = document.createElement('li');
          li.textContent = line;
          ul.append(li);
        }
        el.append(h, ul);
      }
      // What came back more than once: the mix-up to work on, in the game's own words.
      const mixups = repeatedMixups(s.items);
      if (mixups.length > 0) {
        const h = document.createElement('h3');
        h.textContent = T('results.mixupsTitle');
        const ul = document.createElement('ul');
        ul.className = 'mixups';
        for (const m of mixups) {
          const li = document.createElement('li');
          li.textContent = T('results.mixup', { count: m.count, chosen: localize(m.chosen), fits: localize(m.fits) });
          ul.append(li);
        }
        el.append(h, ul);
      }
      const ol = document.createElement('ol');
      for (const item of s.items) {
        const li = document.createElement('li');
        const v = document.createElement('div');
        v.className = `verdict v-${item.verdict}`;
        // The symbol stays the shell's (✓ ◐ ✗ •) so a verdict never rests on colour or wording alone.
        const own = s.labels?.[item.verdict];
        v.textContent = own
          ? T('results.ownVerdict', { symbol: VERDICT_SYMBOL[item.verdict], verdict: localize(own) })
          : T(VERDICT_KEY[item.verdict as Verdict]);
        const title = document.createElement('h3');
        title.textContent = localize(item.title);
        const answer = document.createElement('div');
        answer.textContent = T('results.yourAnswer', { answer: localize(item.answer) });
        li.append(v, title, answer);
        if (item.expected) {
          const exp = document.createElement('div');
          const label = s.labels?.expected;
          exp.textContent = label
            ? T('results.labelled', { label: localize(label), answer: localize(item.expected) })
            : T('results.accepted', { answer: localize(item.expected) });
          li.append(exp);
        }
        const why = document.createElement('div');
        why.className = 'muted';
        why.textContent = localize(item.explanation);
        li.append(why);
        ol.append(li);
      }
      el.append(ol);
    });
  }
}
