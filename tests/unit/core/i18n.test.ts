// String tables and level text: typed keys, {params}, run-time language switch with per-key English fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineStrings, getLang, localText, localize, onLangChange, setLang } from '../../../src/core/i18n';

afterEach(() => setLang('en'));

const t = defineStrings({
  en: { play: 'Play', score: 'You scored {score} of {max}', back: 'Back', onlyEn: 'English only' },
  fr: { play: 'Jouer', score: 'Vous avez {score} sur {max}', back: 'Retour' },
  es: { play: 'Jugar' },
});

describe('defineStrings', () => {
  it('returns the English text by default', () => {
    expect(getLang()).toBe('en');
    expect(t('play')).toBe('Play');
    expect(t('back')).toBe('Back');
  });

  it('fills {params}, repeated and numeric, and leaves unknown placeholders visible', () => {
    expect(t('score', { score: 7, max: 10 })).toBe('You scored 7 of 10');
    const u = defineStrings({ en: { twice: '{n} + {n} = {sum}; {missing}' } });
    expect(u('twice', { n: 2, sum: '4' })).toBe('2 + 2 = 4; {missing}');
    expect(u('twice')).toBe('{n} + {n} = {sum}; {missing}');
  });

  it('does not fill a placeholder from Object.prototype (e.g. {constructor}) in level or table text', () => {
    const u = defineStrings({ en: { odd: 'Hello {constructor} {toString} {name}' } });
    expect(u('odd', { name: 'Ana' })).toBe('Hello {constructor} {toString} Ana');
    expect(localize({ en: 'a {constructor}' }, {})).toBe('a {constructor}');
  });

  it('switches language at run time with setLang', () => {
    setLang('fr');
    expect(getLang()).toBe('fr');
    expect(t('play')).toBe('Jouer');
    expect(t('score', { score: 3, max: 5 })).toBe('Vous avez 3 sur 5');
    setLang('es');
    expect(t('play')).toBe('Jugar');
    setLang('en');
    expect(t('play')).toBe('Play');
  });

  it('falls back to English per key when a translation is missing', () => {
    setLang('fr');
    expect(t('onlyEn')).toBe('English only');
    setLang('es');
    expect(t('back')).toBe('Back');
    expect(t('score', { score: 1, max: 2 })).toBe('You scored 1 of 2');
    const enOnly = defineStrings({ en: { hi: 'Hi' } });
    expect(enOnly('hi')).toBe('Hi'); // no fr/es tables at all
  });

  it('lists its keys and t.local(key) returns every language that has the key', () => {
    expect([...t.keys].sort()).toEqual(['back', 'onlyEn', 'play', 'score']);
    expect(t.local('play')).toEqual({ en: 'Play', fr: 'Jouer', es: 'Jugar' });
    expect(t.local('back')).toEqual({ en: 'Back', fr: 'Retour' });
    expect(t.local('onlyEn')).toEqual({ en: 'English only' });
    setLang('fr');
    expect(t.local('play')).toEqual({ en: 'Play', fr: 'Jouer', es: 'Jugar' }); // independent of the current language
  });
});

describe('localize', () => {
  it('uses the current language and falls back to English when it is missing', () => {
    const text = { en: 'Well done, {name}', fr: 'Bravo, {name}' };
    expect(localize(text, { name: 'Zoé' })).toBe('Well done, Zoé');
    setLang('fr');
    expect(localize(text, { name: 'Zoé' })).toBe('Bravo, Zoé');
    setLang('es');
    expect(localize(text, { name: 'Zoé' })).toBe('Well done, Zoé');
    expect(localize(text, undefined, 'fr')).toBe('Bravo, {name}'); // explicit language wins
  });
});

describe('onLangChange', () => {
  it('notifies on a change (not on setting the same language) and stops after unsubscribe', () => {
    const seen = vi.fn();
    const off = onLangChange(seen);
    setLang('en'); // no change
    expect(seen).not.toHaveBeenCalled();
    setLang('fr');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenLastCalledWith('fr');
    off();
    setLang('es');
    setLang('en');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('lets a listener unsubscribe itself while being notified without skipping the others', () => {
    const second = vi.fn();
    const off = onLangChange(() => off());
    const offSecond = onLangChange(second);
    setLang('fr');
    setLang('es');
    expect(second).toHaveBeenCalledTimes(2);
    offSecond();
  });
});

describe('localText schema', () => {
  it('accepts English with optional French and Spanish', () => {
    expect(localText.safeParse({ en: 'Hi' }).success).toBe(true);
    expect(localText.safeParse({ en: 'Hi', fr: 'Salut', es: 'Hola' }).success).toBe(true);
  });

  it('rejects missing or empty English, naming the en field', () => {
    const missing = localText.safeParse({ fr: 'Salut' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toContain('en');
    const empty = localText.safeParse({ en: '' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('English text is required');
  });

  it('rejects unknown keys such as a language it does not know or a typo', () => {
    const r = localText.safeParse({ en: 'Hi', de: 'Hallo' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(r.error?.issues[0]?.message).toContain('de');
    expect(localText.safeParse({ en: 'Hi', Fr: 'Salut' }).success).toBe(false);
  });
});

describe('languages a table offers', () => {
  it('lists English plus every language with a table, so the settings offer only real translations', () => {
    expect(defineStrings({ en: { a: 'A' } }).langs).toEqual(['en']);
    expect(defineStrings({ en: { a: 'A' }, es: { a: 'Á' } }).langs).toEqual(['en', 'es']);
    expect(defineStrings({ en: { a: 'A' }, fr: {}, es: { a: 'Á' } }).langs).toEqual(['en', 'fr', 'es']);
  });
});
