// The level editor's string table: strings/<lang>.json beside this file (English, French and Spanish complete).
import { defineStrings, tables } from '../../../core/i18n';
import en from './strings/en.json';

export const E = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));
