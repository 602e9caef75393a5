// Settings: sound, music, volume, reduced motion, text size and language; every change is saved at once. The words
// and what each row changes are in ./settings.present, the rectangles in ./settings.layout; this screen gathers the
// state, draws, and applies a row's change.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offeredLangs } from './languages';
import { addButton, addHeader, addScrollArea, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { browserStore, svc } from './services';
import { goBack } from './flow';
import type { Back } from './screens';
import { a11y } from '../ui/a11y';
import { PIN_KEY } from '../core/pin';
import { FIRST_ROW, presentSettings, savedAnnouncement, settingsHeading, type SettingChange } from './settings.present';
import { settingsLayout, volumeRow } from './settings.layout';

/** This device was a booth: its operator PIN is still kept (arcade/kiosk). */
function wasBooth(): boolean {
  try {
    return browserStore()?.getItem(PIN_KEY) != null;
  } catch {
    return false;
  }
}

/** The screen to return to, and with what. */
type SettingsData = Partial<Back>;

export class SettingsScene extends ArcadeScene {
  private from: SettingsData = {};

  constructor() {
    super(SCENES.settings);
  }

  init(data: SettingsData): void {
    this.from = data ?? {};
  }

  protected screenName(): string {
    return settingsHeading();
  }

  protected override initialFocus(): string {
    return FIRST_ROW;
  }

  protected override onEscape(): void {
    this.leave();
  }

  private leave(): void {
    goBack(this, this.from);
  }

  private change(c: SettingChange): void {
    const s = svc().store.updateSettings(c.patch);
    svc().applySettings(s);
    this.rebuild();
    a11y().announce(savedAnnouncement(c));
  }

  /** The rows that are actions, not settings. */
  private act(id: string): void {
    if (id === 'progress-save') void import('./progressFile').then((m) => m.saveProgress());
    else if (id === 'progress-load') void import('./progressFile').then((m) => m.restoreProgress(() => this.dom && this.rebuild()));
    else if (id === 'booth') {
      // A device that was a booth (its operator PIN is kept) can be one again: the PIN is asked first (kiosk/AttractScene).
      const url = new URL(location.href);
      url.search = '?mode=kiosk';
      url.hash = '';
      location.assign(url.href);
    }
  }

  protected build(): void {
    const L = this.layout;
    const v = presentSettings({
      settings: svc().store.settings,
      langs: offeredLangs(),
      // Progress to a file and back (another device, a cleared browser); not at a booth or in a workshop's room.
      progressFiles: !document.documentElement.classList.contains('kiosk'),
      wasBooth: wasBooth(),
    });
    addHeader(this, this.dom!, L, v.heading, { label: v.back, onActivate: () => this.leave() });
    // The note is drawn first: the rows leave room for it under them.
    const w = settingsLayout(L, 0).note.w;
    const note = v.note === null ? null : addText(this, 0, 0, v.note, { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: w });
    const lay = settingsLayout(L, v.rows.length, note?.height ?? 0);
    // Rows that do not fit even at their shortest scroll natively, the canvas following (rects in content coordinates).
    const scroll = lay.scroll ? addScrollArea(this, this.dom!, 'settings', lay.scroll.rect, lay.scroll.contentH) : undefined;
    const common = { group: 'settings', style: 'quiet' as const, scroll };
    v.rows.forEach((row, i) => {
      const rect = lay.rows[i]!;
      if (row.kind === 'volume') {
        const r = volumeRow(L, rect);
        addButton(this, this.dom!, L, {
          id: row.down.id,
          label: row.down.label,
          visibleLabel: row.down.visibleLabel,
          ...common,
          rect: r.down,
          onActivate: () => this.change(row.down.change),
          fontSize: L.font.large,
        });
        addButton(this, this.dom!, L, { id: row.value.id, label: row.value.label, ...common, rect: r.value, onActivate: () => this.change(row.value.change) });
        addButton(this, this.dom!, L, {
          id: row.up.id,
          label: row.up.label,
          visibleLabel: row.up.visibleLabel,
          ...common,
          rect: r.up,
          onActivate: () => this.change(row.up.change),
          fontSize: L.font.large,
        });
        return;
      }
      const change = row.change;
      addButton(this, this.dom!, L, {
        id: row.id,
        label: row.label,
        visibleLabel: row.visibleLabel,
        description: row.description,
        disabled: row.disabled,
        pressed: row.pressed,
        ...common,
        rect,
        onActivate: () => (change ? this.change(change) : this.act(row.id)),
      });
    });
    if (note) {
      note.setPosition(lay.note.x, lay.note.y);
      scroll?.container.add(note);
    }
  }
}
