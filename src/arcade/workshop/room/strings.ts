// The workshop room's words: strings/<lang>.json beside this file, loaded with the room (not at start).
import { defineStrings, tables } from '../../../core/i18n';
import en from './strings/en.json';

export const R = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));
