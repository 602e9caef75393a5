// The before-and-after check of a game: one of two parallel forms of questions on its ideas, with other situations
// than the levels, taken before the first level; the other form after the last. No right or wrong is shown during
// either, nor after the first (only that the starting point is saved); after the second, both are explained item by
// item with the gain per concept (checkReview.ts).
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { gameById, svc } from '../services';
import { goTo } from '../flow';
import { localize } from '../../core/i18n';
import { a11y } from '../../ui/a11y';
import type { Check, CheckForm, CheckQuestion } from '../../core/check';
import { reviewLines } from './checkReview';

export interface CheckData {
  gameId: string;
  when: 'before' | 'after';
}

type Phase = 'loading' | 'intro' | 'question' | 'done' | 'missing';

export class CheckScene extends ArcadeScene {
  private d: CheckData = { gameId: '', when: 'before' };
  private check: Check | null = null;
  private form: CheckForm = 'a';
  private questions: CheckQuestion[] = [];
  private order: string[][] = [];
  private index = 0;
  private answers: Record<string, string> = {};
  private phase: Phase = 'loading';

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
    return T('check.screen', { game: this.gameName(), when: this.d.when });
  }

  protected override initialFocus(): string {
    return this.phase === 'intro' ? 'start' : this.phase === 'question' ? 'opt-0' : 'done';
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

  private go(phase: Phase): void {
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
      a11y().announce(T('check.progress', { n: this.index + 1, total: this.questions.length }));
      return;
    }
    const { checkScore } = await import('../../core/check');
    svc().learning.recordCheck(this.d.gameId, this.d.when, checkScore(this.questions, this.answers), this.questions.length, {
      form: this.form,
      answers: this.answers,
    });
    this.go('done');
    a11y().announce(this.doneLines()[0]?.text ?? '');
  }

  private doneLines(): ReturnType<typeof reviewLines> {
    return this.check ? reviewLines(this.check, svc().learning.check(this.d.gameId), this.d.when) : [];
  }

  protected build(): void {
    const L = this.layout;
    // The header names the game (short enough for a phone); the screen's full name is its accessible heading.
    addHeader(this, this.dom!, L, this.gameName(), { label: T('nav.back'), onActivate: () => this.leave() });
    const w = Math.min(L.body.w, 980);
    const x = L.body.x + (L.body.w - w) / 2;
    const check = this.check;
    const q = this.questions[this.index];
    const bh = L.buttonH * 1.2;
    const bottomButton = (id: string, label: string, act: () => void): void => {
      const bw = Math.min(420, w);
      addButton(this, this.dom!, L, { id, label, rect: { x: x + (w - bw) / 2, y: L.h - L.pad - bh, w: bw, h: bh }, fontSize: L.font.large, onActivate: act });
    };
    const panel = (id: string, title: string, body: string[], h: number): void => {
      addTextPanel(this, this.dom!, { id, rect: { x, y: L.body.y, w, h }, title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
        for (const line of body) {
          const p = document.createElement('p');
          p.textContent = line;
          el.append(p);
        }
      });
    };
    const fullH = L.h - L.pad - bh - L.gap - L.body.y;
    if (this.phase === 'loading') {
      addText(this, x, L.body.y, T('levels.loading'), { size: L.font.body, width: w });
    } else if (this.phase === 'missing') {
      panel('about', T('check.missing'), [], Math.min(fullH, L.font.large * 4));
      bottomButton('done', T('check.back'), () => this.leave());
    } else if (this.phase === 'intro' && check) {
      panel('about', T('check.introTitle', { when: this.d.when }), [T('check.intro', { count: this.questions.length, when: this.d.when })], fullH);
      bottomButton('start', T('check.start'), () => this.go('question'));
    } else if (this.phase === 'question' && check && q) {
      const opts = this.order[this.index] ?? [];
      const optH = Math.max(L.buttonH, L.font.body * 3.2);
      const optsH = opts.length * (optH + L.gap);
      const promptH = Math.max(L.font.body * 6, L.h - L.pad - optsH - L.body.y - L.gap);
      panel('question', T('check.progress', { n: this.index + 1, total: this.questions.length }), [localize(q.prompt)], promptH);
      let y = L.body.y + promptH + L.gap;
      opts.forEach((id, i) => {
        const o = q.options.find((x2) => x2.id === id);
        if (!o) return;
        addButton(this, this.dom!, L, {
          id: `opt-${i}`,
          label: localize(o.text),
          style: 'card',
          group: 'options',
          rect: { x, y, w, h: optH },
          fontSize: L.font.body,
          sound: false,
          onActivate: () => this.answer(id),
        });
        y += optH + L.gap;
      });
    } else if (this.phase === 'done') {
      addTextPanel(
        this,
        this.dom!,
        { id: 'result', rect: { x, y: L.body.y, w, h: fullH }, title: T('check.doneTitle'), bodySize: L.font.body, titleSize: L.font.large },
        (el) => {
          for (const line of this.doneLines()) {
            const p = document.createElement(line.kind === 'heading' ? 'h3' : 'p');
            if (line.kind === 'prompt') p.className = 'check-prompt';
            p.textContent = line.text;
            el.append(p);
          }
        },
      );
      bottomButton('done', T('check.back'), () => this.leave());
    }
  }
}
