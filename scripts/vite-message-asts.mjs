// A Vite plugin (build only) that keeps the ICU message parser out of the start bundle:
// - intl-messageformat's own import of the parser resolves to the parser package's `no-parser.js` entry (formatjs's
//   way of shipping precompiled messages); the real parser loads on its own after the first frame, and before any
//   level file (core/i18n loadMessageParser, core/messageParser.ts);
// - the tables given (the shell's: the title, picker, level select and settings) come with their messages' syntax
//   trees (`addMessageAsts`), so those screens never wait for the parser. Only messages with placeholders have one
//   (the others are shown as they are). Not every table: the trees weigh about half as much again as the text, more
//   than the parser itself, and other screens open after the parser is here.
// The trees are the parser's own output with the options core/i18n uses, so formatting is unchanged.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';

const PARSER = '@formatjs/icu-messageformat-parser';
const NO_PARSER = fileURLToPath(import.meta.resolve(`${PARSER}/no-parser.js`));
const I18N = fileURLToPath(new URL('../src/core/i18n.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The parse options of core/i18n's formatMessage (intl-messageformat adds the locale, which only date skeletons use). */
export const PARSE_OPTIONS = { ignoreTag: true };

/** The syntax trees of a table's messages that have placeholders, by message text; invalid messages are left out
 * (they are shown as they are, and the coverage test reports them). */
export function tableAsts(table) {
  const out = {};
  for (const message of Object.values(table)) {
    if (typeof message !== 'string' || !message.includes('{')) continue;
    try {
      out[message] = parse(message, PARSE_OPTIONS);
    } catch {
      // left to the run-time parser, which fails the same way
    }
  }
  return out;
}

/** @param {{ tables: string[] }} opts folders of string tables (`<lang>.json` files), relative to the project root */
export function messageAsts(opts) {
  const tables = opts.tables.map((dir) => join(ROOT, dir));
  const isTable = (id) => /[\\/][a-z]{2}\.json$/.test(id) && tables.includes(dirname(id));
  return [
    {
      name: 'message-asts:no-parser',
      apply: 'build',
      enforce: 'pre',
      resolveId(id, importer) {
        if (id === PARSER && importer && /[\\/]node_modules[\\/]intl-messageformat[\\/]/.test(importer)) return NO_PARSER;
        return null;
      },
    },
    {
      name: 'message-asts:tables',
      apply: 'build',
      // After Vite's JSON plugin has made the table a module.
      enforce: 'post',
      transform(code, id) {
        if (!isTable(id)) return null;
        const asts = tableAsts(JSON.parse(readFileSync(id, 'utf8')));
        if (Object.keys(asts).length === 0) return null;
        return { code: `${code}\nimport { addMessageAsts } from ${JSON.stringify(I18N)};\naddMessageAsts(${JSON.stringify(asts)});\n`, map: null };
      },
    },
  ];
}
