// The before-and-after check of a game: one of two parallel forms of questions on its ideas, with other situations
// than the levels, taken before the first level; the other form after the last. No right or wrong is shown during
// either, nor after the first (only that the starting point is saved); after the second, both are explained item by
// item with the gain per concept (checkReview.ts). The words are in ./check.present, the rectangles in
// ./check.layout; this screen runs the check, records it, and draws.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { gameById, svc } from '../services';
import { goTo } from '../flow';
import { localize } from '../../core/i18n';
import { a11y } from '../../ui/a11y';
import type { Check, CheckForm, CheckQuestion } from '../../core/check';
import { reviewLines } from './checkReview';
import { checkHeading, doneAnnouncement, initialFocus, presentCheck, progressAnnouncement, type CheckPhase, type CheckView } from './check.present';
import { checkLayout } from './check.layout';

export interface CheckData {
  gameId: string;
  when: 'before' | 'after';
}

export class CheckScene extends ArcadeScene {
  private d: CheckData = { gameId: '', when: 'before' };
  private check: Check | null = null;
  private form: CheckForm = 'a';
  private questions: CheckQuestion[] = [];
  private order: string[][] = [];
  private index = 0;
  private answers: Record<string, string> = {};
  private phase: CheckPhase = 'loading';

  constructor() {
    super(SCENES.check);
  }

  init(data: CheckData): void {
    this.d = data;
    this.check = null;
    this.questions = [];
    this.index = 0;
    this.answers = {};
    this.phase = 'loading';
  }

  protected screenName(): string {
    return checkHeading(this.gameName(), this.d.when);
  }

  protected override initialFocus(): string {
    return initialFocus(this.phase);
  }

  protected override onEscape(): void {
    this.leave();
  }

  override create(): void {
    super.create();
    void svc()
      .check(this.d.gameId)
      .then(async (check) => {
        if (!this.dom) return;
        const { shuffledOptions, questionsOf } = await import('../../core/check');
        this.check = check;
        // The first check's form is drawn from the player's kept seed; the second is the other one.
        this.form = svc().learning.formFor(this.d.gameId, this.d.when);
        this.questions = check ? questionsOf(check, this.form) : [];
        // A new order each time the check is taken: the answer's place says nothing.
        this.order = shuffledOptions(this.questions, (Math.random() * 2 ** 32) >>> 0);
        this.phase = check ? 'intro' : 'missing';
        this.rebuild(true);
      });
  }

  private gameName(): string {
    const g = gameById(this.d.gameId);
    return g ? localize(g.title) : this.d.gameId;
  }

  private leave(): void {
    goTo(this, SCENES.levels, { gameId: this.d.gameId });
  }

  private go(phase: CheckPhase): void {
    this.phase = phase;
    this.rebuild(true);
    this.dom?.focus(this.initialFocus());
  }

  private answer(optionId: string): void {
    const q = this.questions[this.index];
    if (!q) return;
    this.answers[q.id] = optionId;
    // No right or wrong while the check runs: only that the answer was taken.
    svc().audio.select();
    void this.next();
  }

  private async next(): Promise<void> {
    if (!this.check) return;
    if (this.index + 1 < this.questions.length) {
      this.index++;
      this.go('question');
      a11y().announce(progressAnnouncement(this.index + 1, this.questions.length));
      return;
    }
    const { checkScore } = await import('../../core/check');
    svc().learning.recordCheck(this.d.gameId, this.d.when, checkScore(this.questions, this.answers), this.questions.length, {
      form: this.form,
      answers: this.answers,
    });
    this.go('done');
    a11y().announce(doneAnnouncement(this.review()));
  }

  private review(): ReturnType<typeof reviewLines> {
    return this.check ? reviewLines(this.check, svc().learning.check(this.d.gameId), this.d.when) : [];
  }

  /** What the screen shows, from where the check is. */
  private view(): CheckView {
    const q = this.questions[this.index];
    return presentCheck({
      phase: this.phase,
      game: this.gameName(),
      when: this.d.when,
      total: this.questions.length,
      index: this.index,
      question: q ? { prompt: q.prompt, options: q.options, order: this.order[this.index] ?? [] } : null,
      review: this.phase === 'done' ? this.review() : [],
    });
  }

  protected build(): void {
    const L = this.layout;
    const v = this.view();
    // The header names the game (short enough for a phone); the screen's full name is its accessible heading.
    addHeader(this, this.dom!, L, v.header, { label: v.back, onActivate: () => this.leave() });
    const lay = checkLayout(L, { panel: v.panel?.size ?? 'full', options: v.slots });
    if (v.message !== null) addText(this, lay.message.x, lay.message.y, v.message, { size: L.font.body, width: lay.message.w });
    const panel = v.panel;
    if (panel)
      addTextPanel(this, this.dom!, { id: panel.id, rect: lay.panel, title: panel.title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
        for (const line of panel.lines) {
          const p = document.createElement(line.kind === 'heading' ? 'h3' : 'p');
          if (line.kind === 'prompt') p.className = 'check-prompt';
          p.textContent = line.text;
          el.append(p);
        }
      });
    v.options.forEach((o, i) =>
      addButton(this, this.dom!, L, {
        id: o.id,
        label: o.label,
        style: 'card',
        group: 'options',
        rect: lay.options[i]!,
        fontSize: L.font.body,
        sound: false,
        onActivate: () => this.answer(o.optionId),
      }),
    );
    const b = v.bottom;
    if (b)
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        rect: lay.bottom,
        fontSize: lay.bottomFont,
        onActivate: b.id === 'start' ? () => this.go('question') : () => this.leave(),
      });
  }
}
