// The shell's messages come parsed from the build (scripts/vite-message-asts.mjs) while the ICU parser loads later
// (core/messageParser): a message formats the same from its prebuilt tree as from its text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { tableAsts } from '../../../scripts/vite-message-asts.mjs';
import { parseMessage } from '../../../src/core/messageParser';
import { addMessageAsts, formatMessage, type MessageAst } from '../../../src/core/i18n';

const shell = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '../../../src/arcade/strings', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('prebuilt message trees', () => {
  it('are the run-time parser’s trees, for the messages with placeholders only', () => {
    for (const lang of ['en', 'fr', 'es']) {
      const table = shell(lang);
      const asts = tableAsts(table) as Record<string, MessageAst>;
      const withPlaceholders = Object.values(table).filter((m) => m.includes('{'));
      expect(Object.keys(asts).sort()).toEqual([...new Set(withPlaceholders)].sort());
      for (const [message, ast] of Object.entries(asts)) expect(ast).toEqual(parseMessage(message));
    }
  });

  it('leave out a message that does not parse (it is shown as it is)', () => {
    expect(tableAsts({ a: 'Hello {name', b: 'Hi {name}', c: 'no placeholder' })).toEqual({ 'Hi {name}': parseMessage('Hi {name}') });
    expect(formatMessage('Hello {name', { name: 'Ana' }, 'en')).toBe('Hello {name');
  });

  it('format plurals and placeholders the same as the message text', () => {
    const message = '{count, plural, one {# level in {game}} other {# levels in {game}}}';
    addMessageAsts({ [message]: parseMessage(message) });
    for (const count of [0, 1, 5]) {
      expect(formatMessage(message, { count, game: 'Cynefin' }, 'en')).toBe(new IntlMessageFormat(message, 'en').format({ count, game: 'Cynefin' }));
    }
    expect(formatMessage(message, { count: 1, game: 'Cynefin' }, 'en')).toBe('1 level in Cynefin');
  });
});
