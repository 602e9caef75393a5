// A level that failed its schema: names the file, the field path and the reason; the rest of the arcade works.
// The words are in ./error.present, the rectangles in ./reading.layout; this screen draws them.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addHeader, addPanel } from '../ui/widgets';
import { goTo, type ErrorData } from './flow';
import { a11y } from '../ui/a11y';
import { presentError } from './error.present';
import { readingLayout } from './reading.layout';
import { appendBlocks, appendRows } from '../ui/textList';

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
    const said = this.info && presentError(this.info).announcement;
    if (said) a11y().announce(said, true);
  }

  protected build(): void {
    const L = this.layout;
    const info = this.info;
    addHeader(this, this.dom!, L, T('screen.error'), { label: T('nav.back'), onActivate: () => this.back() });
    if (!info) return;
    const v = presentError(info);
    const lay = readingLayout(L);
    addPanel(this, lay.panel);
    this.dom!.panel('error-details', lay.panel, v.heading, (el) => {
      el.style.setProperty('--text-body', `${L.font.body}px`);
      appendBlocks(el, [{ p: v.file, strong: true }]);
      const rows = v.issues.map((i) => ({ lines: [i.field, i.where, i.reason].flatMap((text) => (text === null ? [] : [{ text }])) }));
      appendRows(el, v.more ? [...rows, { lines: [{ text: v.more }] }] : rows);
      appendBlocks(el, [{ p: v.help, muted: true }]);
    });
    addButton(this, this.dom!, L, { id: 'to-levels', label: v.button, style: 'primary', rect: lay.button, onActivate: () => this.back() });
  }
}
