// The game's name, description and credit: all the arcade needs of it at start (the picker, the level select's
// About), in a small table of its own so the game's other words load with the game.
import { defineStrings, tables } from '../../core/i18n';
import en from './names/en.json';

export const names = defineStrings(tables<typeof en>(en, import.meta.glob(['./names/*.json', '!./names/en.json'], { import: 'default' })));
