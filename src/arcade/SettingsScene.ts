// Settings: sound, music, volume, reduced motion, text size and language; every change is saved at once.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offeredLangs } from './languages';
import { T } from './strings';
import { addButton, addHeader, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { browserStore, svc } from './services';
import { goBack } from './flow';
import type { Back } from './screens';
import type { Settings } from '../core/storage';
import { a11y } from '../ui/a11y';
import { PIN_KEY } from '../core/pin';

const TEXT_SCALES = [1, 1.25, 1.5] as const;

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
    return T('screen.settings');
  }

  protected override initialFocus(): string {
    return 'sound';
  }

  protected override onEscape(): void {
    this.leave();
  }

  private leave(): void {
    goBack(this, this.from);
  }

  private change(patch: Partial<Settings>, name: string, value: string): void {
    const s = svc().store.updateSettings(patch);
    svc().applySettings(s);
    this.rebuild();
    a11y().announce(T('settings.saved', { name, value }));
  }

  protected build(): void {
    const L = this.layout;
    const s = svc().store.settings;
    addHeader(this, this.dom!, L, T('screen.settings'), { label: T('nav.back'), onActivate: () => this.leave() });
    const onOff = (b: boolean): string => T(b ? 'settings.on' : 'settings.off');
    const w = Math.min(560, L.body.w);
    const x = L.w / 2 - w / 2;
    const h = L.buttonH;
    const step = h + L.gap;
    let y = L.body.y;
    const row = (id: string, label: string, value: string, pressed: boolean | undefined, act: () => void): void => {
      addButton(this, this.dom!, L, {
        id,
        label,
        visibleLabel: value ? T('settings.row', { name: label, value }) : label,
        pressed,
        group: 'settings',
        style: 'quiet',
        rect: { x, y, w, h },
        onActivate: act,
      });
      y += step;
    };
    row('sound', T('settings.sound'), onOff(s.sound), s.sound, () => this.change({ sound: !s.sound }, T('settings.sound'), onOff(!s.sound)));
    row('music', T('settings.music'), onOff(s.music), s.music, () => this.change({ music: !s.music }, T('settings.music'), onOff(!s.music)));
    // Volume: two buttons either side of the value, so it works by tap as well as keys.
    const vol = Math.round(s.volume * 100);
    const small = Math.max(64, h * 1.4);
    const setVol = (v: number): void => {
      const nv = Math.max(0, Math.min(100, v));
      this.change({ volume: nv / 100 }, T('settings.volumeName'), T('settings.percent', { percent: nv }));
    };
    addButton(this, this.dom!, L, {
      id: 'vol-down',
      label: T('settings.volumeDown'),
      visibleLabel: '−',
      group: 'settings',
      style: 'quiet',
      rect: { x, y, w: small, h },
      onActivate: () => setVol(vol - 10),
      fontSize: L.font.large,
    });
    addButton(this, this.dom!, L, {
      id: 'vol-value',
      label: T('settings.volume', { percent: vol }),
      group: 'settings',
      style: 'quiet',
      rect: { x: x + small + L.gap, y, w: w - 2 * (small + L.gap), h },
      onActivate: () => setVol(vol >= 100 ? 0 : vol + 10),
    });
    addButton(this, this.dom!, L, {
      id: 'vol-up',
      label: T('settings.volumeUp'),
      visibleLabel: '+',
      group: 'settings',
      style: 'quiet',
      rect: { x: x + w - small, y, w: small, h },
      onActivate: () => setVol(vol + 10),
      fontSize: L.font.large,
    });
    y += step;
    row('motion', T('settings.motion'), onOff(s.reducedMotion), s.reducedMotion, () =>
      this.change({ reducedMotion: !s.reducedMotion }, T('settings.motion'), onOff(!s.reducedMotion)),
    );
    const ti = TEXT_SCALES.indexOf(s.textScale);
    const nextScale = TEXT_SCALES[(ti + 1) % TEXT_SCALES.length] ?? 1;
    const sizeName = (k: number): string => T(`text.${k}` as 'text.1');
    row('text', T('settings.text', { size: sizeName(s.textScale) }), '', undefined, () =>
      this.change({ textScale: nextScale }, T('settings.textName'), sizeName(nextScale)),
    );
    // Only languages the shell has text in are offered (French and Spanish arrive as tables, no code change).
    const langs = offeredLangs();
    const current = langs.includes(s.lang) ? s.lang : 'en';
    const nextLang = langs[(langs.indexOf(current) + 1) % langs.length] ?? 'en';
    addButton(this, this.dom!, L, {
      id: 'lang',
      label: T('settings.lang', { lang: T(`lang.${current}`) }),
      description: langs.length < 2 ? T('settings.langOnly') : undefined,
      disabled: langs.length < 2,
      group: 'settings',
      style: 'quiet',
      rect: { x, y, w, h },
      onActivate: () => this.change({ lang: nextLang }, T('settings.langName'), T(`lang.${nextLang}`)),
    });
    y += step;
    // Progress to a file and back (another device, a cleared browser); not at a booth or in a workshop's room.
    if (!document.documentElement.classList.contains('kiosk')) {
      row('progress-save', T('settings.progressSave'), '', undefined, () => void import('./progressFile').then((m) => m.saveProgress()));
      row(
        'progress-load',
        T('settings.progressLoad'),
        '',
        undefined,
        () => void import('./progressFile').then((m) => m.restoreProgress(() => this.dom && this.rebuild())),
      );
    }
    // A device that was a booth (its operator PIN is kept) can be one again: the PIN is asked first (kiosk/AttractScene).
    if (wasBooth())
      row('booth', T('settings.booth'), '', undefined, () => {
        const url = new URL(location.href);
        url.search = '?mode=kiosk';
        url.hash = '';
        location.assign(url.href);
      });
    if (langs.length < 2)
      addText(this, L.w / 2, y, T('settings.langOnly'), { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: w });
  }
}
