// Words of the facilitator role-play that are not scenario content: roles, meters, methods, buttons and labels.
// Scenario text lives in levels/facilitator/*.json; add fr/es tables here without code changes.
import { defineStrings, tables, type Params } from '../../core/i18n';
import en from './strings/en.json';
import type { LockReason } from './model';
import type { Meter, Method, Role } from './schema';

export const strings = defineStrings(tables<typeof en>(en, import.meta.glob('./strings/*.json', { eager: true, import: 'default' })));

export type FacilitatorStringKey = (typeof strings.keys)[number];

const ROLE_KEYS: Readonly<Record<Role, FacilitatorStringKey>> = { architect: 'role.architect', pilot: 'role.pilot', guide: 'role.guide' };
const ROLE_DESC_KEYS: Readonly<Record<Role, FacilitatorStringKey>> = {
  architect: 'role.architect.desc',
  pilot: 'role.pilot.desc',
  guide: 'role.guide.desc',
};
const METER_KEYS: Readonly<Record<Meter, FacilitatorStringKey>> = {
  architect: 'meter.architect', pilot: 'meter.pilot', guide: 'meter.guide',
  trust: 'meter.trust', energy: 'meter.energy', clock: 'meter.clock',
};
const METHOD_KEYS: Readonly<Record<Method, FacilitatorStringKey>> = {
  'world-cafe': 'method.world-cafe',
  'peer-review': 'method.peer-review',
  gallery: 'method.gallery',
  'think-tank': 'method.think-tank',
  'peer-visit': 'method.peer-visit',
};

export const roleKey = (r: Role): FacilitatorStringKey => ROLE_KEYS[r];
export const roleDescKey = (r: Role): FacilitatorStringKey => ROLE_DESC_KEYS[r];
export const meterKey = (m: Meter): FacilitatorStringKey => METER_KEYS[m];
export const methodKey = (m: Method): FacilitatorStringKey => METHOD_KEYS[m];

/** "12 of 120 min": the clock meter as the view shows it. */
export function clockText(used: number, total: number): string {
  return strings('meter.clock.value', { used, total });
}

/** Words for why a choice is locked, in the current language (flag names are never shown). */
export function lockText(reason: LockReason): string {
  switch (reason.kind) {
    case 'min':
      return strings('lock.min', { meter: strings(meterKey(reason.meter)), value: reason.value } satisfies Params);
    case 'max':
      return reason.meter === 'clock'
        ? strings('lock.clockMax', { value: reason.value })
        : strings('lock.max', { meter: strings(meterKey(reason.meter)), value: reason.value });
    case 'flag':
      return strings('lock.flag');
    case 'notFlag':
      return strings('lock.notFlag');
  }
}
