// Words of the facilitator role-play that are not scenario content: roles, meters, methods, buttons and labels.
// Scenario text lives in levels/facilitator/*.json; add fr/es tables here without code changes.
import { compose, defineStrings, tables, type LocalText } from '../../core/i18n';
import en from './strings/en.json';
import type { LockReason } from './model';
import type { Meter, Method, Role } from './schema';

export const strings = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));

export type FacilitatorStringKey = (typeof strings.keys)[number];

const ROLE_KEYS: Readonly<Record<Role, FacilitatorStringKey>> = { architect: 'role.architect', pilot: 'role.pilot', guide: 'role.guide' };
const METER_KEYS: Readonly<Record<Meter, FacilitatorStringKey>> = {
  architect: 'meter.architect',
  pilot: 'meter.pilot',
  guide: 'meter.guide',
  trust: 'meter.trust',
  energy: 'meter.energy',
  clock: 'meter.clock',
};
const METHOD_KEYS: Readonly<Record<Method, FacilitatorStringKey>> = {
  'world-cafe': 'method.world-cafe',
  'peer-review': 'method.peer-review',
  gallery: 'method.gallery',
  'think-tank': 'method.think-tank',
  'peer-visit': 'method.peer-visit',
  fishbowl: 'method.fishbowl',
};
/** Which step of seek, sense, share each method serves (seed 000's map; peer visit and fishbowl read with it). */
const SERVES_KEYS: Readonly<Record<Method, FacilitatorStringKey>> = {
  'world-cafe': 'serves.world-cafe',
  'peer-review': 'serves.peer-review',
  gallery: 'serves.gallery',
  'think-tank': 'serves.think-tank',
  'peer-visit': 'serves.peer-visit',
  fishbowl: 'serves.fishbowl',
};

export const roleKey = (r: Role): FacilitatorStringKey => ROLE_KEYS[r];
export const meterKey = (m: Meter): FacilitatorStringKey => METER_KEYS[m];
export const methodKey = (m: Method): FacilitatorStringKey => METHOD_KEYS[m];
export const servesKey = (m: Method): FacilitatorStringKey => SERVES_KEYS[m];

/** "12 of 120 min": the clock meter's value, in every language the table has. */
export function clockText(used: number, total: number): LocalText {
  return compose(strings.local('meter.clock.value'), { used, total });
}

/** Words for why a choice is locked (flag names are never shown), in every language the table has. */
export function lockText(reason: LockReason): LocalText {
  switch (reason.kind) {
    case 'min':
      return compose(strings.local('lock.min'), { meter: strings.local(meterKey(reason.meter)), value: reason.value });
    case 'max':
      return reason.meter === 'clock'
        ? compose(strings.local('lock.clockMax'), { value: reason.value })
        : compose(strings.local('lock.max'), { meter: strings.local(meterKey(reason.meter)), value: reason.value });
    case 'flag':
      return strings.local('lock.flag');
    case 'notFlag':
      return strings.local('lock.notFlag');
  }
}
