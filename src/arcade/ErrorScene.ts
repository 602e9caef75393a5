// A level that failed its schema: names the file, the field path and the reason; the rest of the arcade works.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addHeader, addPanel } from '../ui/widgets';
import { goTo, type ErrorData } from './flow';
import { a11y } from '../ui/a11y';

export class ErrorScene extends ArcadeScene {
  private info: ErrorData | null = null;

  constructor() {
    super(SCENES.error);
  }

  init(data: ErrorData): void {
    this.info = data;
  }

  protected screenName(): string {
    return T('screen.error');
  }

  protected override initialFocus(): string {
    return 'back';
  }

  protected override onEscape(): void {
    this.back();
  }

  private back(): void {
    goTo(this, SCENES.levels, { gameId: this.info?.gameId ?? '' });
  }

  override create(): void {
    super.create();
    const first = this.info?.issues[0];
    if (first)
      a11y().announce(
        T('error.announce', {
          file: first.file,
          path: first.path || T('error.whole'),
          line: first.line ?? 0,
          column: first.column ?? 0,
          message: first.message,
        }),
        true,
      );
  }

  protected build(): void {
    const L = this.layout;
    const info = this.info;
    addHeader(this, this.dom!, L, T('screen.error'), { label: T('nav.back'), onActivate: () => this.back() });
    if (!info) return;
    const w = Math.min(900, L.body.w);
    const panel = { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap * 2 };
    addPanel(this, panel);
    this.dom!.panel('error-details', panel, T('screen.error'), (el) => {
      el.style.setProperty('--text-body', `${L.font.body}px`);
      const file = document.createElement('p');
      file.style.fontWeight = '700';
      file.textContent = T('error.file', { file: info.file });
      const ul = document.createElement('ul');
      for (const issue of info.issues.slice(0, 8)) {
        const li = document.createElement('li');
        const p = document.createElement('div');
        p.textContent = T('error.field', { path: issue.path || T('error.whole') });
        li.append(p);
        if (issue.line !== undefined) {
          const at = document.createElement('div');
          at.textContent = T('error.where', { line: issue.line, column: issue.column ?? 1 });
          li.append(at);
        }
        const m = document.createElement('div');
        m.textContent = T('error.reason', { message: issue.message });
        li.append(m);
        ul.append(li);
      }
      if (info.issues.length > 8) {
        const more = document.createElement('li');
        more.textContent = T('error.more', { count: info.issues.length - 8 });
        ul.append(more);
      }
      const help = document.createElement('p');
      help.className = 'muted';
      help.textContent = T('error.help');
      el.append(file, ul, help);
    });
    const bw = Math.min(360, L.body.w);
    addButton(this, this.dom!, L, {
      id: 'to-levels',
      label: T('nav.backTo', { place: T('results.toLevels').toLowerCase() }),
      style: 'primary',
      rect: { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH },
      onActivate: () => this.back(),
    });
  }
}
