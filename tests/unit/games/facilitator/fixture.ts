// A small hand-made scenario for runner and schema tests: two decisions, a line, a lock on a flag and one on trust.
import { scenarioSchema, type Scenario } from '../../../../src/games/facilitator/schema';

const t = (en: string) => ({ en });

/** Raw JSON as a trainer would write it; tests break copies of it to check the schema's messages. */
export function rawFixture(): Record<string, unknown> & { nodes: Record<string, Record<string, unknown>> } {
  const c = (text: string, quality: string, next: string, effects: Record<string, unknown>, requires?: Record<string, unknown>) => ({
    text: t(text),
    effects,
    ...(requires ? { requires } : {}),
    consequence: t(`after ${text}`),
    explanation: t(`why ${text}`),
    quality,
    next,
  });
  return {
    schemaVersion: 1,
    id: 'fixture',
    order: 0,
    title: t('Fixture'),
    method: 'world-cafe',
    setting: t('A test room.'),
    agendaMinutes: 60,
    cast: [{ id: 'mayor', name: t('Mayor Test'), role: t('Host'), portrait: 'mayor' }],
    start: 'open',
    nodes: {
      open: {
        speaker: 'narrator',
        text: t('How do you open?'),
        choices: [
          c('rules', 'best', 'mayor-talks', { architect: 2, pilot: 3, trust: 10, clock: 10, set: ['groundRules'] }),
          c('skip', 'ok', 'mayor-talks', { pilot: 1, clock: 5 }),
          c('lecture', 'poor', 'mayor-talks', { trust: -20, energy: -20, clock: 45 }),
        ],
      },
      'mayor-talks': { speaker: 'mayor', text: t('Let me say a few words.'), next: 'steer' },
      steer: {
        speaker: 'mayor',
        text: t('The mayor talks on.'),
        choices: [
          c('point to rules', 'best', 'end-good', { guide: 3, pilot: 1, trust: 5 }, { flags: ['groundRules'] }),
          c('note', 'ok', 'end-mixed', { guide: 1, clock: 5 }),
          c('let her', 'poor', 'end-poor', { energy: -20, clock: 20 }),
          c('grab mic', 'poor', 'end-poor', { pilot: 1, trust: -15 }, { min: { trust: 55 } }),
        ],
      },
      'end-good': { ending: { title: t('Good'), text: t('It went well.'), tone: 'good' } },
      'end-mixed': { ending: { title: t('Mixed'), text: t('It went so-so.'), tone: 'mixed' } },
      'end-poor': { ending: { title: t('Poor'), text: t('It went badly.'), tone: 'poor' } },
    },
    recap: [t('one'), t('two'), t('three'), t('four')],
    stars: [40, 60, 80],
  };
}

export function fixture(): Scenario {
  return scenarioSchema.parse(rawFixture());
}
