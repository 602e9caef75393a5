// The game's primer for the shell's primer screen (GameEntry.loadPrimer): its model in plain words, with its
// sources, readable in two minutes, from the game's own string table in the player's language.
import { getLang } from '../../core/i18n';
import type { Primer } from '../sdk/types';
import { t } from './strings';

export async function primer(): Promise<Primer> {
  await t.load(getLang());
  return { title: t('primer.title'), paragraphs: t('primer.body').split(/\n\n+/) };
}
