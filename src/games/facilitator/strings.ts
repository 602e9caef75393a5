// Words of the facilitator role-play that are not scenario content: roles, meters, methods, buttons and labels.
// Scenario text lives in levels/facilitator/*.json; add fr/es tables here without code changes.
import { defineStrings, type Params } from '../../core/i18n';
import type { LockReason } from './model';
import type { Meter, Method, Role } from './schema';

export const strings = defineStrings({
  en: {
    'game.about':
      'Built on the practice of peer learning between cities and local governments: the facilitator as architect, pilot and guide, ' +
      'and the steps of the world café, peer review, gallery of good practices, temporary think tank and peer visit, ' +
      'with active listening and constructive feedback. Every person and city in the scenarios is invented.',
    'game.title': 'Facilitator role-play',
    'game.description': 'Run a peer-learning session between cities, one decision at a time, and see how each move plays out for the room.',

    'role.architect': 'Architect',
    'role.architect.desc': 'Designs the session: who comes, what it is for, an agenda firm enough to frame and loose enough to change.',
    'role.pilot': 'Pilot',
    'role.pilot.desc': 'Runs the journey: room, support staff, agenda and ground rules, staying neutral and building trust.',
    'role.guide': 'Guide',
    'role.guide.desc': 'Leads the group through unknown ground: alert, resourceful and creative, with empathy.',

    'meter.trust': 'Trust',
    'meter.energy': 'Energy',
    'meter.clock': 'Clock',
    'meter.clock.value': '{used} of {total} min',
    'meter.architect': 'Architect',
    'meter.pilot': 'Pilot',
    'meter.guide': 'Guide',

    'method.world-cafe': 'World café',
    'method.peer-review': 'Peer review',
    'method.gallery': 'Gallery of good practices',
    'method.think-tank': 'Temporary think tank',
    'method.peer-visit': 'Peer visit',

    'speaker.you': 'You',
    'speaker.narrator': 'Narrator',
    'label.facilitator': 'The facilitator',

    'button.continue': 'Continue',
    'button.back': 'Step back',
    'button.restart': 'Restart',
    'button.transcript': 'Read earlier lines',
    'button.debrief': 'Debrief',
    'button.recap': 'Recap',

    'label.choices': 'What do you do?',
    'label.consequence': 'What happens',
    'label.better': 'Better choice',
    'debrief.best': 'Best move',
    'debrief.ok': 'Workable move',
    'debrief.poor': 'Weak move',
    'label.yourChoice': 'Your choice',
    'label.why': 'Why',
    'label.roleScores': 'Score per role',
    'label.total': 'Total',
    'label.ending': 'Ending',
    'label.recap': 'The steps of the method',
    'label.locked': 'Not available',
    'label.stepsBack': 'Stepped back {count} times',
    'label.overTime': 'Over time',

    'lock.min': 'Needs {meter} of at least {value}',
    'lock.max': 'Needs {meter} of at most {value}',
    'lock.clockMax': 'Only possible before minute {value}',
    'lock.flag': 'Needs something you did not do earlier',
    'lock.notFlag': 'Ruled out by an earlier choice',

    'button.close': 'Close the earlier lines',
    'label.transcript': 'Earlier lines',
    'label.meters': 'Meters',
    'label.speakerRole': '{name}, {role}',
    'label.lockedChoice': 'Not available: {reasons}',
    'label.changes': 'Changes',
    'label.scoreOf': '{score} of 100',
    'label.notYet': 'not yet scored',
    'label.meterValue': '{meter} {value}',
    'delta.clock': '+{value} min',
    'level.low': 'low',
    'level.steady': 'steady',
    'level.high': 'high',
    'level.weak': 'weak',
    'level.fair': 'fair',
    'level.strong': 'strong',
    'tone.good': 'A good ending',
    'tone.mixed': 'A mixed ending',
    'tone.poor': 'A poor ending',
  },
});

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
