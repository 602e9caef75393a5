// The settings screen's words and rules, read from its presenter in Node: each row's name and value, toggles pressed
// when on, what each press changes and says once saved, the volume's steps and their bounds, the text size and the
// language going round, the language row off with only English, and the rows a booth or a former booth shows.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import type { Settings } from '../../../src/core/saveFormat';
import {
  FIRST_ROW,
  presentSettings,
  savedAnnouncement,
  type SettingRowView,
  type SettingsInput,
  type VolumeRowView,
} from '../../../src/arcade/settings.present';

afterEach(() => setLang('en'));

const settings: Settings = { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1, lang: 'en' };
const input = (o: Partial<Settings> = {}, i: Partial<SettingsInput> = {}): SettingsInput => ({
  settings: { ...settings, ...o },
  langs: ['en', 'fr', 'es'],
  progressFiles: true,
  wasBooth: false,
  ...i,
});
const row = (i: SettingsInput, id: string): SettingRowView => {
  const r = presentSettings(i).rows.find((x): x is SettingRowView => x.kind === 'row' && x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const volume = (i: SettingsInput): VolumeRowView => presentSettings(i).rows.find((x): x is VolumeRowView => x.kind === 'volume')!;

describe('the settings rows', () => {
  it('lists sound, music, volume, motion, text size, language and the progress files, sound first', () => {
    const v = presentSettings(input());
    expect(v.heading).toBe('Settings');
    expect(v.rows.map((r) => (r.kind === 'volume' ? 'volume' : r.id))).toEqual([
      'sound',
      'music',
      'volume',
      'motion',
      'text',
      'lang',
      'progress-save',
      'progress-load',
    ]);
    expect(FIRST_ROW).toBe('sound');
    expect(v.note).toBeNull();
  });

  it('shows a toggle’s name and value, pressed when on, and says the new value once pressed', () => {
    const sound = row(input(), 'sound');
    expect(sound).toMatchObject({ label: 'Sound effects', visibleLabel: 'Sound effects: On', pressed: true });
    expect(sound.change).toEqual({ patch: { sound: false }, name: 'Sound effects', value: 'Off' });
    expect(savedAnnouncement(sound.change!)).toBe('Sound effects is now Off');
    expect(row(input(), 'music')).toMatchObject({ visibleLabel: 'Music: Off', pressed: false, change: { patch: { music: true }, value: 'On' } });
    expect(row(input({ reducedMotion: true }), 'motion').change?.patch).toEqual({ reducedMotion: false });
  });

  it('steps the volume by ten, from the value back to 0% after 100%, never past either end', () => {
    const v = volume(input());
    expect(v.value.label).toBe('Volume 80%');
    expect(v.down).toMatchObject({ label: 'Volume down', visibleLabel: '−', change: { patch: { volume: 0.7 }, name: 'Volume', value: '70%' } });
    expect(v.up.change.patch).toEqual({ volume: 0.9 });
    expect(v.value.change.patch).toEqual({ volume: 0.9 });
    const full = volume(input({ volume: 1 }));
    expect(full.up.change).toMatchObject({ patch: { volume: 1 }, value: '100%' });
    expect(full.value.change).toMatchObject({ patch: { volume: 0 }, value: '0%' });
    expect(volume(input({ volume: 0 })).down.change.patch).toEqual({ volume: 0 });
  });

  it('goes round the text sizes: normal, large, largest, normal', () => {
    expect(row(input(), 'text')).toMatchObject({ label: 'Text size: normal', change: { patch: { textScale: 1.25 }, name: 'Text size', value: 'large' } });
    expect(row(input({ textScale: 1.25 }), 'text').change?.patch).toEqual({ textScale: 1.5 });
    expect(row(input({ textScale: 1.5 }), 'text').change).toMatchObject({ patch: { textScale: 1 }, value: 'normal' });
  });

  it('goes round the languages on offer, each named in its own language', () => {
    expect(row(input(), 'lang')).toMatchObject({ label: 'Language: English', disabled: false, change: { patch: { lang: 'fr' }, value: 'Français' } });
    expect(row(input({ lang: 'es' }), 'lang').change?.patch).toEqual({ lang: 'en' });
    // A saved language no longer on offer reads as English.
    expect(row(input({ lang: 'fr' }, { langs: ['en', 'es'] }), 'lang').label).toBe('Language: English');
  });

  it('turns the language row off with only English, and says why under the rows', () => {
    const i = input({}, { langs: ['en'] });
    expect(row(i, 'lang')).toMatchObject({ disabled: true, description: 'Only English for now; French and Spanish are being translated.' });
    expect(presentSettings(i).note).toBe('Only English for now; French and Spanish are being translated.');
  });

  it('leaves out the progress files at a booth, and offers a former booth its way back', () => {
    const ids = (i: SettingsInput) => presentSettings(i).rows.map((r) => (r.kind === 'row' ? r.id : 'volume'));
    expect(ids(input({}, { progressFiles: false }))).not.toContain('progress-save');
    expect(ids(input({}, { wasBooth: true })).at(-1)).toBe('booth');
    expect(row(input({}, { wasBooth: true }), 'booth')).toMatchObject({ label: 'Back to kiosk mode (operator PIN)', change: null });
  });

  it('speaks the player’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    expect(row(input({ lang: 'fr' }), 'lang').label).toMatch(/Français/);
    expect(row(input({ lang: 'fr' }), 'sound').label).not.toBe('Sound effects');
  });
});
