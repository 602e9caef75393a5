// Words of the Cynefin sorting game that are not level content: domain names and cues, second-step options,
// questions, results-screen phrases and the credit. Keys are typed: t(`domain.${d}`) only compiles for real domains.
import { defineStrings, tables } from '../../core/i18n';
import en from './strings/en.json';

export const t = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));

export type CynefinStringKey = (typeof t.keys)[number];
