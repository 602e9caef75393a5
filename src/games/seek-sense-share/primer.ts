// The game's primer for the shell's primer screen (GameEntry.loadPrimer): its model in plain words, with its
// sources, readable in two minutes, from the game's own string table in the player's language.
import { getLang } from '../../core/i18n';
import type { Primer } from '../sdk/types';
import { sssStrings } from './strings';

export async function primer(): Promise<Primer> {
  await sssStrings.load(getLang());
  return { title: sssStrings('primer.title'), paragraphs: sssStrings('primer.body').split(/\n\n+/) };
}
