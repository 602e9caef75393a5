// The network's words in "Seek, sense, share", pure: the marks that tell sectors, tie kinds and roles apart without
// colour, each node's view and description, and the panel for the contact or pair being tied. Split from present.ts,
// which puts them in the whole screen's view model.
import { composeLines, composeList, localize, type LocalText } from '../../core/i18n';
import { allTies, canTie, extraGoodwill, isFixedTie, nameOf, rolesOf, tieCost, type Roles, type SssState, type TieRefusal } from './model';
import type { Selection } from './present';
import { pairKey, sideOf, TIE_KINDS, type Level, type Sector, type Tie, type TieKind } from './schema';
import { say, sssStrings, type Param, type SssKey } from './strings';

/** The mark drawn inside a contact: one symbol per sector, fixed (not taken from translated words), so two sectors
 * tell apart without colour and in any language. */
export const SECTOR_MARKS: Readonly<Record<Sector, string>> = {
  'local-government': '⌂',
  'mayor-office': '⚑',
  finance: '¤',
  planning: '⊞',
  transport: '⇄',
  'civil-protection': '✚',
  communication: '✉',
  participation: '☺',
  monitoring: '∑',
  national: '⚖',
  business: '⚙',
  academia: '✎',
  'civil-society': '♥',
  'development-partner': '⊕',
  'peer-city': '♖',
  association: '♜',
};
/** Each tie kind's line pattern as a character, for text legends (the canvas draws the pattern itself). */
export const TIE_MARKS: Readonly<Record<TieKind, string>> = { team: '━', community: '╍', network: '┈' };
/** Role badges, the same shapes the canvas draws on a node. */
export const ROLE_MARKS = { source: '★', audience: '◎', mustInclude: '◆', inside: '●', outside: '■', city: '⬢' } as const;

export interface NodeView {
  id: string;
  /** Id of its DOM twin (stable across rebuilds, so focus stays). */
  twinId: string;
  name: string;
  /** How it is drawn: the city, local government (its own units and peer cities: red dots), or another stakeholder. */
  kind: 'city' | 'inside' | 'outside';
  mark: string;
  roles: Roles;
  pick: 'first' | 'second' | null;
  /** Everything about the node for its DOM twin: selection, side, sector, note, roles, limits and ties. */
  description: string;
  pos: { x: number; y: number };
}

export interface KindOption {
  kind: TieKind;
  id: string;
  label: string;
  visibleLabel: string;
  /** Why it is refused, or what the kind is good for. */
  why: string;
  ok: boolean;
}

export type PanelView =
  | { kind: 'none'; lines: string[] }
  | { kind: 'from'; name: string; facts: string; next: string }
  | {
      kind: 'pair';
      heading: string;
      existing: { info: string; untie: string; untieWhy: string | null; fixed: boolean } | null;
      choose: string;
      options: KindOption[];
    }
  | { kind: 'flow'; desc: string; done: string | null };

/** The budget's refusals in a few words, for a booth round's chooser (the only refusals its small network meets). */
const SHORT_REFUSALS: Partial<Record<TieRefusal, SssKey>> = { 'no-time': 'refuse.no-time.short', 'no-goodwill': 'refuse.no-goodwill.short' };

const w = (key: SssKey, params?: Readonly<Record<string, Param>>): LocalText => say(key, params);
const text = (t: LocalText): string => localize(t);
const tx = (key: SssKey, params?: Readonly<Record<string, Param>>): string => text(w(key, params));

export const twinId = (id: string): string => `node-${id}`;

function existingTie(level: Level, state: SssState, a: string, b: string): Tie | undefined {
  const key = pairKey(a, b);
  return allTies(level, state).find((x) => pairKey(x.a, x.b) === key);
}

/** Side, sector, note, roles and limits of a node (and its ties): its DOM twin's description, sentence by sentence. */
function facts(level: Level, state: SssState, id: string, withTies: boolean): LocalText[] {
  const out: LocalText[] = [];
  const c = level.contacts.find((x) => x.id === id);
  if (!c) out.push(w('view.node.fact', { fact: sssStrings.local('side.city') }));
  else {
    out.push(w('view.node.sideSector', { side: sssStrings.local(`side.${sideOf(c)}`), sector: sssStrings.local(`sector.${c.sector}`) }));
    if (c.note) out.push(c.note);
    const roles = rolesOf(level, id);
    if (roles.source) out.push(w('view.node.role', { mark: ROLE_MARKS.source, role: sssStrings.local('label.source') }));
    if (roles.audience) out.push(w('view.node.role', { mark: ROLE_MARKS.audience, role: sssStrings.local('label.audience') }));
    if (roles.mustInclude) out.push(w('view.node.role', { mark: ROLE_MARKS.mustInclude, role: sssStrings.local('label.mustInclude') }));
    if (c.requiresIntroduction) out.push(w('view.node.fact', { fact: sssStrings.local('label.needsIntroduction') }));
    const wary = extraGoodwill(level, id);
    if (wary) out.push(w('view.node.fact', { fact: w('label.extraGoodwill', { n: wary }) }));
    if (c.accepts) out.push(w('view.node.fact', { fact: w('label.accepts', { kinds: composeList(c.accepts.map((k) => sssStrings.local(`tie.${k}`))) }) }));
  }
  if (withTies) {
    const ties = allTies(level, state).filter((x) => x.a === id || x.b === id);
    out.push(
      ties.length === 0
        ? sssStrings.local('view.node.noTies')
        : w('view.node.ties', { list: composeList(ties.map((x) => w(`view.tieWith.${x.kind}`, { name: nameOf(level, x.a === id ? x.b : x.a) }))) }),
    );
  }
  return out;
}

export function nodesOf(level: Level, state: SssState, sel: Selection): NodeView[] {
  const pick = (id: string): NodeView['pick'] => (id === sel.from ? 'first' : id === sel.to ? 'second' : null);
  const describe = (id: string): string => {
    const p = pick(id);
    const lead = p ? [sssStrings.local(p === 'first' ? 'view.select.first' : 'view.select.second')] : [];
    return text(composeLines([...lead, ...facts(level, state, id, true)], ' '));
  };
  const none: Roles = { source: false, audience: false, mustInclude: false };
  const city = level.city;
  return [
    {
      id: city.id,
      twinId: twinId(city.id),
      name: text(city.name),
      kind: 'city',
      mark: '',
      roles: none,
      pick: pick(city.id),
      description: describe(city.id),
      pos: city.position,
    },
    ...level.contacts.map((c): NodeView => ({
      id: c.id,
      twinId: twinId(c.id),
      name: text(c.name),
      kind: sideOf(c) === 'outside' ? 'outside' : 'inside',
      mark: SECTOR_MARKS[c.sector],
      roles: rolesOf(level, c.id),
      pick: pick(c.id),
      description: describe(c.id),
      pos: c.position,
    })),
  ];
}

export function buildPanel(level: Level, state: SssState, sel: Selection): PanelView {
  const { from, to } = sel;
  if (from && to) {
    const a = nameOf(level, from);
    const b = nameOf(level, to);
    const tie = existingTie(level, state, from, to);
    const fixed = isFixedTie(level, from, to);
    const existing = tie
      ? {
          info: text(
            composeLines(
              [w('view.select.existing', { kind: sssStrings.local(`tie.${tie.kind}`) }), ...(fixed ? [sssStrings.local('view.select.fixed')] : [])],
              ' ',
            ),
          ),
          untie: tx('label.untie'),
          untieWhy: fixed ? tx('refuse.fixed') : null,
          fixed,
        }
      : null;
    const options = tie
      ? []
      : TIE_KINDS.map((kind): KindOption => {
          const check = canTie(level, state, from, to, kind);
          const cost = tieCost(level, from, to, kind);
          const label = w('view.kind.name', { kind: sssStrings.local(`tie.${kind}`), cost: w('view.kind.cost', { time: cost.time, goodwill: cost.goodwill }) });
          return {
            kind,
            id: `kind-${kind}`,
            label: text(label),
            visibleLabel: tx(check.ok ? 'view.kind.visible' : 'view.kind.visibleRefused', { mark: TIE_MARKS[kind], label }),
            why: check.ok
              ? tx(level.compact ? `tie.${kind}.short` : `tie.${kind}.desc`)
              : tx('view.kind.refused', { reason: sssStrings.local((level.compact && SHORT_REFUSALS[check.reason]) || `refuse.${check.reason}`) }),
            ok: check.ok,
          };
        });
    return { kind: 'pair', heading: tx('view.select.pair', { a, b }), existing, choose: tx('label.chooseKind'), options };
  }
  if (from) {
    return {
      kind: 'from',
      name: text(nameOf(level, from)),
      facts: text(composeLines(facts(level, state, from, false), ' ')),
      next: tx('view.select.pickTo', { name: nameOf(level, from) }),
    };
  }
  // A booth's visitor taps; the full levels also offer the drag.
  return { kind: 'none', lines: [tx(level.compact ? 'view.select.noneShort' : 'view.select.none')] };
}
