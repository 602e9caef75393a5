// The ICU message parser, loaded on its own (core/i18n loadMessageParser): the string tables come parsed from the
// build (scripts/vite-message-asts.mjs), so only text from level files and trainers' files needs it.
import { parse } from '@formatjs/icu-messageformat-parser';

/** Parses a message as core/i18n formats it (tags are plain text). */
export function parseMessage(message: string): ReturnType<typeof parse> {
  return parse(message, { ignoreTag: true });
}
