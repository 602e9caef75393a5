// The before-and-after check of a game: a few questions on its ideas with other situations than the levels,
// taken before the first level and again after the last; at the end the two scores side by side.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { gameById, svc } from '../services';
import { goTo } from '../flow';
import { localize } from '../../core/i18n';
import { a11y } from '../../ui/a11y';
import type { Check } from '../../core/check';

export interface CheckData {
  gameId: string;
  when: 'before' | 'after';
}

type Phase = 'loading' | 'intro' | 'question' | 'feedback' | 'done' | 'missing';

export class CheckScene extends ArcadeScene {
  private d: CheckData = { gameId: '', when: 'before' };
  private check: Check | null = null;
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
    this.index = 0;
    this.answers = {};
    this.phase = 'loading';
  }

  protected screenName(): string {
    return T('check.screen', { game: this.gameName(), when: this.d.when });
  }

  protected override initialFocus(): string {
    return this.phase === 'intro' ? 'start' : this.phase === 'question' ? 'opt-0' : this.phase === 'done' || this.phase === 'missing' ? 'done' : 'next';
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
        const { shuffledOptions } = await import('../../core/check');
        this.check = check;
        // A new order each time the check is taken: the answer's place says nothing.
        this.order = check ? shuffledOptions(check, (Math.random() * 2 ** 32) >>> 0) : [];
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
    const q = this.check?.questions[this.index];
    if (!q) return;
    this.answers[q.id] = optionId;
    const right = q.answer === optionId;
    if (right) svc().audio.correct();
    else svc().audio.wrong();
    this.go('feedback');
    a11y().announce(this.feedbackText());
  }

  private feedbackText(): string {
    const q = this.check?.questions[this.index];
    if (!q) return '';
    const right = this.answers[q.id] === q.answer;
    const answer = q.options.find((o) => o.id === q.answer);
    return T('check.feedback', { right: right ? 'yes' : 'no', answer: answer ? localize(answer.text) : '', why: localize(q.explanation) });
  }

  private async next(): Promise<void> {
    const check = this.check;
    if (!check) return;
    if (this.index + 1 < check.questions.length) {
      this.index++;
      this.go('question');
      return;
    }
    const { checkScore } = await import('../../core/check');
    svc().learning.recordCheck(this.d.gameId, this.d.when, checkScore(check, this.answers), check.questions.length);
    this.go('done');
    a11y().announce(this.resultText());
  }

  private resultText(): string {
    const rec = svc().learning.check(this.d.gameId);
    const now = rec[this.d.when];
    if (!now) return '';
    if (this.d.when === 'after' && rec.before) {
      const change = now.score - rec.before.score;
      return T('check.compare', { before: rec.before.score, after: now.score, total: now.total, change: Math.abs(change), direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same' });
    }
    return T('check.score', { score: now.score, total: now.total, when: this.d.when });
  }

  protected build(): void {
    const L = this.layout;
    // The header names the game (short enough for a phone); the screen's full name is its accessible heading.
    addHeader(this, this.dom!, L, this.gameName(), { label: T('nav.back'), onActivate: () => this.leave() });
    const w = Math.min(L.body.w, 980);
    const x = L.body.x + (L.body.w - w) / 2;
    const check = this.check;
    const q = check?.questions[this.index];
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
      panel('about', T('check.introTitle', { when: this.d.when }), [T('check.intro', { count: check.questions.length, when: this.d.when })], fullH);
      bottomButton('start', T('check.start'), () => this.go('question'));
    } else if (this.phase === 'question' && check && q) {
      const opts = this.order[this.index] ?? [];
      const optH = Math.max(L.buttonH, L.font.body * 3.2);
      const optsH = opts.length * (optH + L.gap);
      const promptH = Math.max(L.font.body * 6, L.h - L.pad - optsH - L.body.y - L.gap);
      panel('question', T('check.progress', { n: this.index + 1, total: check.questions.length }), [localize(q.prompt)], promptH);
      let y = L.body.y + promptH + L.gap;
      opts.forEach((id, i) => {
        const o = q.options.find((x2) => x2.id === id);
        if (!o) return;
        addButton(this, this.dom!, L, { id: `opt-${i}`, label: localize(o.text), style: 'card', group: 'options', rect: { x, y, w, h: optH }, fontSize: L.font.body, sound: false, onActivate: () => this.answer(id) });
        y += optH + L.gap;
      });
    } else if (this.phase === 'feedback' && check && q) {
      const right = this.answers[q.id] === q.answer;
      const verdict = addText(this, x, L.body.y, right ? T('results.right') : T('results.wrong'), { size: L.font.large, bold: true, color: right ? COLORS.right : COLORS.wrong, width: w });
      addTextPanel(this, this.dom!, { id: 'feedback', rect: { x, y: verdict.y + verdict.height + L.gap, w, h: fullH - verdict.height - L.gap }, title: localize(q.prompt), bodySize: L.font.body, titleSize: L.font.body }, (el) => {
        const p = document.createElement('p');
        p.textContent = this.feedbackText();
        el.append(p);
      });
      const last = this.index + 1 >= check.questions.length;
      bottomButton('next', last ? T('check.finish') : T('check.next'), () => void this.next());
    } else if (this.phase === 'done') {
      panel('result', T('check.doneTitle'), [this.resultText(), T(this.d.when === 'before' ? 'check.doneBefore' : 'check.doneAfter')], fullH);
      bottomButton('done', T('check.back'), () => this.leave());
    }
  }
}
