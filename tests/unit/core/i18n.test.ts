// String tables and level text: typed keys, {params}, run-time language switch with per-key English fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compose, composeList, defineStrings, formatMessage, getLang, localize, onLangChange, pseudoLocalize, setLang } from '../../../src/core/i18n';
import { localText } from '../../../src/core/levels';

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
  it('lists English plus every language it has a file for (the coverage test sees that each file is complete)', () => {
    expect(defineStrings({ en: { a: 'A', b: 'B' } }).langs).toEqual(['en']);
    expect(defineStrings({ en: { a: 'A', b: 'B' }, es: { a: 'Á', b: 'Bé' } }).langs).toEqual(['en', 'es']);
    expect(defineStrings({ en: { a: 'A' }, loaders: { fr: async () => ({ a: 'À' }) } }).langs).toEqual(['en', 'fr']);
  });

  it('loads a language only when asked, and speaks it once loaded', async () => {
    let loads = 0;
    const t = defineStrings({ en: { hi: 'Hello {name}' }, loaders: { fr: async () => (loads++, { hi: 'Bonjour {name}' }) } });
    setLang('fr');
    expect(t('hi', { name: 'Ana' })).toBe('Hello Ana');
    await t.load('fr');
    expect(t('hi', { name: 'Ana' })).toBe('Bonjour Ana');
    await t.load('fr');
    expect(loads).toBe(1);
    setLang('en');
  });
});

describe('messages with plurals and selects', () => {
  it('says "1 level" and "5 levels" from one message, and French plurals by French rules', () => {
    const m = '{count, plural, one {# level} other {# levels}}';
    expect(formatMessage(m, { count: 1 }, 'en')).toBe('1 level');
    expect(formatMessage(m, { count: 5 }, 'en')).toBe('5 levels');
    // French puts 0 and 1 in "one".
    const fr = '{count, plural, one {# niveau} other {# niveaux}}';
    expect(formatMessage(fr, { count: 0 }, 'fr')).toBe('0 niveau');
    expect(formatMessage(fr, { count: 2 }, 'fr')).toBe('2 niveaux');
  });

  it('chooses words by a select', () => {
    const m = '{verdict, select, right {Right} wrong {Not this time} other {Note}}';
    expect(formatMessage(m, { verdict: 'wrong' }, 'en')).toBe('Not this time');
    expect(formatMessage(m, { verdict: 'zzz' }, 'en')).toBe('Note');
  });

  it("shows a trainer's text with a stray brace as it is, instead of failing", () => {
    expect(localize({ en: 'Budget {2024 plan' }, { x: 1 })).toBe('Budget {2024 plan');
    expect(localize({ en: 'Leaders <b>meet</b>' })).toBe('Leaders <b>meet</b>');
  });
});

describe('one rule for combining texts', () => {
  it("is in the player's language when every part has it, and all English otherwise", () => {
    const tpl = { en: 'You chose {choice}.', fr: 'Vous avez choisi {choice}.' };
    expect(compose(tpl, { choice: { en: 'clear', fr: 'clair' } })).toEqual({ en: 'You chose clear.', fr: 'Vous avez choisi clair.' });
    // The part has no French: no half-French sentence; French players read it all in English.
    expect(compose(tpl, { choice: { en: 'clear' } })).toEqual({ en: 'You chose clear.' });
    expect(compose(tpl, { choice: 3 })).toEqual({ en: 'You chose 3.', fr: 'Vous avez choisi 3.' });
  });

  it('joins lists as each language does', () => {
    const items = [
      { en: 'health', fr: 'santé' },
      { en: 'transport', fr: 'transports' },
      { en: 'schools', fr: 'écoles' },
    ];
    expect(composeList(items)).toEqual({ en: 'health, transport, and schools', fr: 'santé, transports et écoles' });
    expect(composeList([{ en: 'one' }, { en: 'two', fr: 'deux' }])).toEqual({ en: 'one and two' });
  });
});

describe('the pseudo-locale', () => {
  it('accents, lengthens by about 40% and brackets every text, placeholders filled first', () => {
    const p = pseudoLocalize('Play now');
    expect(p.startsWith('[Þĺáý ñóŵ')).toBe(true);
    expect(p.endsWith(']')).toBe(true);
    expect(p.length).toBeGreaterThanOrEqual(Math.floor('Play now'.length * 1.4));
    const t = defineStrings({ en: { n: '{count, plural, one {# star} other {# stars}}' } });
    setLang('en', { pseudo: true });
    expect(t('n', { count: 2 })).toMatch(/^\[2 šţáŕš/);
    setLang('en');
    expect(t('n', { count: 2 })).toBe('2 stars');
    // A pseudo-translated name inside a pseudo-translated sentence keeps one pair of brackets.
    const inner = pseudoLocalize('Complex');
    const outer = pseudoLocalize(`You chose ${inner}`);
    expect(outer.match(/\[/g)?.length).toBe(2);
    expect(outer).toContain(inner);
    expect(pseudoLocalize(inner)).toBe(inner);
  });
});
