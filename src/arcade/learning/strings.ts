// The self-learner's reading: a two-minute primer per game (strings/<lang>.json beside this file).
import { defineStrings, tables } from '../../core/i18n';
import en from './strings/en.json';

export const learningText = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));
export type LearningKey = Parameters<typeof learningText>[0];

/** The primer of a game, if it has one. */
export function primerOf(gameId: string): { title: string; paragraphs: string[] } | null {
  const title = `primer.${gameId}.title`;
  const body = `primer.${gameId}.body`;
  if (!(learningText.keys as readonly string[]).includes(title) || !(learningText.keys as readonly string[]).includes(body)) return null;
  return { title: learningText(title as LearningKey), paragraphs: learningText(body as LearningKey).split(/\n\n+/) };
}
