// The game picker, built from the registry and the save: a new game appears here without touching this file.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addHeader, addText } from '../ui/widgets';
import { svc } from './services';
import { goTo } from './flow';
import { localize } from '../core/i18n';
import { COLORS } from '../ui/theme';

export class PickerScene extends ArcadeScene {
  private counts = new Map<string, { levels: number; stars: number }>();

  constructor() {
    super(SCENES.picker);
  }

  protected screenName(): string {
    return T('screen.picker');
  }

  protected override initialFocus(): string | null {
    return svc().games[0] ? `game-${svc().games[0]!.id}` : 'back';
  }

  protected override onEscape(): void {
    goTo(this, SCENES.title);
  }

  override create(): void {
    this.counts = new Map();
    super.create();
    // Fill in level counts and stars as each game's levels arrive.
    for (const g of svc().games) {
      void svc()
        .levels(g.id)
        .then((loads) => {
          if (!this.dom) return;
          let stars = 0;
          let levels = 0;
          for (const l of loads) {
            if (!l.ok) continue;
            levels++;
            stars += svc().store.levelRecord(g.id, l.level.id)?.stars ?? 0;
          }
          this.counts.set(g.id, { levels, stars });
          this.rebuild();
        })
        .catch(() => undefined);
    }
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, T('screen.picker'), { label: T('nav.back'), onActivate: () => goTo(this, SCENES.title) });
    const games = svc().games;
    const cols = L.portrait ? 1 : Math.min(3, games.length);
    const area = L.body;
    const cardH = L.portrait ? Math.min((area.h - L.gap * (games.length - 1)) / games.length, 220) : Math.min(area.h * 0.7, 380);
    const cw = (Math.min(area.w, 1400) - L.gap * (cols - 1)) / cols;
    const x0 = area.x + (area.w - (cw * cols + L.gap * (cols - 1))) / 2;
    games.forEach((g, i) => {
      const c = i % cols;
      const r = Math.floor(i / cols);
      const rect = { x: x0 + c * (cw + L.gap), y: area.y + r * (cardH + L.gap), w: cw, h: cardH };
      const title = localize(g.title);
      const desc = localize(g.description);
      const count = this.counts.get(g.id);
      const progress = count ? `${T('picker.levels', { count: count.levels })} · ${T('picker.progress', { stars: count.stars, total: count.levels * 3 })}` : '';
      addButton(this, this.dom!, L, {
        id: `game-${g.id}`,
        label: title,
        description: `${desc} ${progress}`,
        visibleLabel: '',
        style: 'card',
        group: 'games',
        rect,
        onActivate: () => goTo(this, SCENES.levels, { gameId: g.id }),
      });
      const inner = rect.w - 2 * L.pad;
      const t = addText(this, rect.x + L.pad, rect.y + L.pad * 0.8, title, { size: L.font.large, bold: true, color: COLORS.ink, width: inner });
      const d = addText(this, rect.x + L.pad, t.y + t.height + L.gap * 0.6, desc, { size: L.font.body, color: COLORS.inkSoft, width: inner });
      if (count && d.y + d.height + L.font.body * 2 < rect.y + rect.h) {
        addText(this, rect.x + L.pad, rect.y + rect.h - L.pad - L.font.body * 1.2, `★ ${progress}`, { size: L.font.small, bold: true, color: COLORS.inkSoft, width: inner });
      }
    });
  }
}
