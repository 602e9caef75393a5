// Results: score, stars, a new best, every answer with the accepted one and why; play again, next level, back. The
// words are in ./results.present, the rectangles in ./results.layout; this screen gathers the state and draws.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { addButton, addHeader, addText, addTextPanel, drawStars, fitText } from '../ui/widgets';
import { svc, gameById } from './services';
import { goTo, startLevel, type ResultsData } from './flow';
import { COLORS } from '../ui/theme';
import type { BaseLevel } from '../games/sdk/types';
import { a11y } from '../ui/a11y';
import { kioskResultButtons } from './kiosk/results';
import { workshopResultButton } from './workshop/results';
import { initialFocus, presentResults, resultsHeading, type ResultsView } from './results.present';
import { resultsColumnW, resultsLayout } from './results.layout';

export class ResultsScene extends ArcadeScene {
  private data0: ResultsData | null = null;
  private next: { level: BaseLevel; file: string } | null = null;
  /** This was the game's last shipped level. */
  private isLast = false;
  /** The first of the buttons drawn (the booth's own at a booth), focused when the screen opens or the next level arrives. */
  private first = 'again';
  /** What a screen reader is told after the screen's name (the latest view's). */
  private said = '';

  constructor() {
    super(SCENES.results);
  }

  init(data: ResultsData): void {
    this.data0 = data;
    this.next = null;
    this.isLast = false;
  }

  protected screenName(): string {
    return resultsHeading();
  }

  protected override initialFocus(): string {
    return this.first;
  }

  protected override onEscape(): void {
    if (this.data0) goTo(this, SCENES.levels, { gameId: this.data0.gameId });
  }

  override create(): void {
    const d = this.data0;
    super.create();
    if (!d) return;
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
          this.dom.focus(this.first);
        }
      })
      .catch(() => undefined);
    // After the screen name, so a screen reader speaks both (the view's words: no new best on a shared device).
    this.time.delayedCall(700, () => a11y().announce(this.said));
  }

  protected build(): void {
    const d = this.data0;
    if (!d) return;
    const L = this.layout;
    // The booth's and the workshop's own buttons, with what they do (a booth's results count its round: kiosk/results).
    const { booth: kiosk, workshop } = svc();
    const booth = kiosk ? kioskResultButtons(this, kiosk, d) : undefined;
    const ws = workshop ? workshopResultButton(this, d) : undefined;
    const v = presentResults({
      game: gameById(d.gameId)?.title,
      level: d.level.title,
      summary: d.summary,
      newBest: d.newBest,
      next: this.next !== null,
      last: this.isLast,
      booth,
      workshop: ws && { button: ws, board: workshop?.turnBoard() ?? null },
    });
    this.first = initialFocus(v.buttons);
    this.said = v.announcement;
    addHeader(this, this.dom!, L, v.header);
    const w = resultsColumnW(L);
    // Drawn first and placed once their heights are known.
    const score = addText(this, 0, 0, v.score, { size: L.font.title, bold: true, originX: 0.5, align: 'center', width: w });
    const nb = v.newBest === null ? null : addText(this, 0, 0, v.newBest, { size: L.font.large, bold: true, color: COLORS.accent, originX: 0.5 });
    const hl =
      v.headline === null ? null : addText(this, 0, 0, v.headline, { size: L.font.body, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: w });
    const lay = resultsLayout(L, { score: score.height, newBest: nb?.height ?? null, headline: hl?.height ?? null }, v.buttons.length);
    score.setPosition(lay.score.x, lay.score.y);
    if (nb && lay.newBest) nb.setPosition(lay.newBest.x, lay.newBest.y);
    if (hl && lay.headline) {
      hl.setPosition(lay.headline.x, lay.headline.y);
      // A headline too long for a crowded column gives the buttons their room (never below 16 px).
      if (lay.headline.maxH !== undefined) fitText(hl, lay.headline.w, lay.headline.maxH);
    }
    // Drawn around (0, 0) and moved into place, so the pop scales from the stars' centre.
    const stars = drawStars(this, 0, 0, v.stars, lay.stars.size).setPosition(lay.stars.x, lay.stars.y);
    this.entrance([stars], 'pop', 150);
    this.dom!.text(v.starsText);
    const go: Record<string, () => void> = {
      next: () => this.next && void startLevel(this, d.gameId, this.next.level, this.next.file),
      again: () => void startLevel(this, d.gameId, d.level, d.file),
      levels: () => goTo(this, SCENES.levels, { gameId: d.gameId }),
      recap: () => goTo(this, SCENES.recap, { from: SCENES.results, fromData: d }),
      ...Object.fromEntries([...(booth ?? []), ...(ws ? [ws] : [])].map((b) => [b.id, b.go])),
    };
    v.buttons.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: b.style,
        rect: lay.buttons[i]!,
        onActivate: () => go[b.id]?.(),
        fontSize: lay.buttonsSmall ? L.font.small : undefined,
      }),
    );
    addTextPanel(this, this.dom!, { id: 'details', rect: lay.panel, title: v.details.title, bodySize: L.font.body, titleSize: L.font.large }, (el) =>
      this.fillDetails(el, v.details),
    );
  }

  /** The answers' panel: the teams' scoreboard, the mix-ups, then each answer with its verdict and why. */
  private fillDetails(el: HTMLElement, v: ResultsView['details']): void {
    const list = (title: string, lines: string[], attrs: { id?: string; className?: string }): void => {
      const h = document.createElement('h3');
      h.textContent = title;
      const ul = document.createElement('ul');
      if (attrs.id) ul.dataset.id = attrs.id;
      if (attrs.className) ul.className = attrs.className;
      for (const line of lines) {
        const li = document.createElement('li');
        li.textContent = line;
        ul.append(li);
      }
      el.append(h, ul);
    };
    if (v.board) list(v.board.title, v.board.lines, { id: 'turn-board' });
    if (v.mixups) list(v.mixups.title, v.mixups.lines, { className: 'mixups' });
    const ol = document.createElement('ol');
    for (const a of v.answers) {
      const li = document.createElement('li');
      const verdict = document.createElement('div');
      verdict.className = `verdict v-${a.verdict}`;
      verdict.textContent = a.verdictText;
      const title = document.createElement('h3');
      title.textContent = a.title;
      const answer = document.createElement('div');
      answer.textContent = a.answer;
      li.append(verdict, title, answer);
      if (a.expected !== null) {
        const exp = document.createElement('div');
        exp.textContent = a.expected;
        li.append(exp);
      }
      const why = document.createElement('div');
      why.className = 'muted';
      why.textContent = a.why;
      li.append(why);
      ol.append(li);
    }
    el.append(ol);
  }
}
