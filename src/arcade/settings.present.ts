// Words and rules of the settings screen: (the saved settings, the languages on offer, the device) -> each row's name
// and value, whether it is pressed or disabled, and what pressing it changes and says ("Sound effects is now Off").
// Pure: no Phaser, no DOM, no services; the scene applies a row's change and announces it.
import type { Lang } from '../core/i18n';
import { TEXT_SCALES, type Settings } from '../core/saveFormat';
import { T } from './strings';

/** What pressing a row changes, and the name and value said once it is saved. */
export interface SettingChange {
  patch: Partial<Settings>;
  name: string;
  value: string;
}

export interface SettingRowView {
  kind: 'row';
  id: string;
  /** The accessible name. */
  label: string;
  /** What the button shows: its name and value (just the name where the name says the value). */
  visibleLabel?: string;
  /** For a toggle: on or off. */
  pressed?: boolean;
  disabled?: boolean;
  description?: string;
  /** A setting to change; null: an action of the scene's (a file to save or open, back to a booth). */
  change: SettingChange | null;
}

/** Volume: two buttons either side of the value, so it works by tap as well as keys. */
export interface VolumeRowView {
  kind: 'volume';
  down: { id: 'vol-down'; label: string; visibleLabel: string; change: SettingChange };
  /** The value itself steps up, and from 100% back to 0%. */
  value: { id: 'vol-value'; label: string; change: SettingChange };
  up: { id: 'vol-up'; label: string; visibleLabel: string; change: SettingChange };
}

export interface SettingsInput {
  settings: Settings;
  /** The languages the shell has all its text in (English first). */
  langs: readonly Lang[];
  /** Progress can go to a file and back (not at a booth or in a workshop's room). */
  progressFiles: boolean;
  /** This device was a booth (its operator PIN is still kept): it can be one again. */
  wasBooth: boolean;
}

export interface SettingsView {
  heading: string;
  back: string;
  rows: Array<SettingRowView | VolumeRowView>;
  /** Under the rows when only English is offered: why. */
  note: string | null;
}

/** The first row, focused when the screen opens. */
export const FIRST_ROW = 'sound';

export function settingsHeading(): string {
  return T('screen.settings');
}

/** Said once a change is saved (in the language it leaves the screen in). */
export function savedAnnouncement(c: Pick<SettingChange, 'name' | 'value'>): string {
  return T('settings.saved', { name: c.name, value: c.value });
}

function onOff(b: boolean): string {
  return T(b ? 'settings.on' : 'settings.off');
}

function toggle(id: string, label: string, key: 'sound' | 'music' | 'reducedMotion', s: Settings): SettingRowView {
  const on = s[key];
  return {
    kind: 'row',
    id,
    label,
    visibleLabel: T('settings.row', { name: label, value: onOff(on) }),
    pressed: on,
    change: { patch: { [key]: !on }, name: label, value: onOff(!on) },
  };
}

function volume(s: Settings): VolumeRowView {
  const vol = Math.round(s.volume * 100);
  const to = (v: number): SettingChange => {
    const nv = Math.max(0, Math.min(100, v));
    return { patch: { volume: nv / 100 }, name: T('settings.volumeName'), value: T('settings.percent', { percent: nv }) };
  };
  return {
    kind: 'volume',
    down: { id: 'vol-down', label: T('settings.volumeDown'), visibleLabel: '−', change: to(vol - 10) },
    value: { id: 'vol-value', label: T('settings.volume', { percent: vol }), change: to(vol >= 100 ? 0 : vol + 10) },
    up: { id: 'vol-up', label: T('settings.volumeUp'), visibleLabel: '+', change: to(vol + 10) },
  };
}

export function presentSettings(i: SettingsInput): SettingsView {
  const s = i.settings;
  const sizeName = (k: number): string => T(`text.${k}` as 'text.1');
  const nextScale = TEXT_SCALES[(TEXT_SCALES.indexOf(s.textScale) + 1) % TEXT_SCALES.length] ?? 1;
  // Only languages the shell has text in are offered (French and Spanish arrive as tables, no code change).
  const current = i.langs.includes(s.lang) ? s.lang : 'en';
  const nextLang = i.langs[(i.langs.indexOf(current) + 1) % i.langs.length] ?? 'en';
  const only = i.langs.length < 2;
  const action = (id: string, label: string): SettingRowView => ({ kind: 'row', id, label, visibleLabel: label, change: null });
  return {
    heading: settingsHeading(),
    back: T('nav.back'),
    rows: [
      toggle(FIRST_ROW, T('settings.sound'), 'sound', s),
      toggle('music', T('settings.music'), 'music', s),
      volume(s),
      toggle('motion', T('settings.motion'), 'reducedMotion', s),
      {
        kind: 'row',
        id: 'text',
        label: T('settings.text', { size: sizeName(s.textScale) }),
        visibleLabel: T('settings.text', { size: sizeName(s.textScale) }),
        change: { patch: { textScale: nextScale }, name: T('settings.textName'), value: sizeName(nextScale) },
      },
      {
        kind: 'row',
        id: 'lang',
        label: T('settings.lang', { lang: T(`lang.${current}`) }),
        description: only ? T('settings.langOnly') : undefined,
        disabled: only,
        change: { patch: { lang: nextLang }, name: T('settings.langName'), value: T(`lang.${nextLang}`) },
      },
      ...(i.progressFiles ? [action('progress-save', T('settings.progressSave')), action('progress-load', T('settings.progressLoad'))] : []),
      ...(i.wasBooth ? [action('booth', T('settings.booth'))] : []),
    ],
    note: only ? T('settings.langOnly') : null,
  };
}
