// The workshop's string table: strings/<lang>.json beside this file (English complete; a language is added as a file).
import { defineStrings, tables } from '../../core/i18n';
import en from './strings/en.json';

export const W = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));
