// A trainer's workshop preset, read from and written to the page's query string (`?mode=workshop&game=…`). Pure:
// the shell hands in the query and what it offers (games, complete languages). A bad or unknown key is ignored on
// its own and listed, so the shell can say what it ignored; nothing here throws, and a workshop link never turns
// kiosk mode on (kiosk needs a link of its own, see `kioskLinkAllowed`).

/** The keys a workshop link may carry, besides `mode=workshop`. */
export const PRESET_KEYS = ['game', 'level', 'lang', 'teams', 'team', 'play', 'timer', 'projector', 'second', 'hide', 'live'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];
/** Keys other parts of the arcade read from the query; a preset leaves them alone and does not list them. */
const OTHER_KEYS = new Set(['mode']);

/** Teams: 1 is the whole room playing as one; otherwise 2 to 8 named teams. */
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
/** A team name is shown on a projector: short, one line. */
export const MAX_TEAM_NAME = 24;
/** A query longer than this is cut before it is read (a link pasted with a novel in it). */
export const MAX_QUERY = 4000;
/** How many ignored keys are listed; the rest are counted. */
export const MAX_LISTED = 8;
/** An ignored key's name as shown in the notice, at most this long. */
const MAX_KEY_SHOWN = 24;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ON = new Set(['on', '1', 'true', 'yes']);
const OFF = new Set(['off', '0', 'false', 'no']);

export interface WorkshopPreset {
  /** A game's id; null: the trainer picks on the setup screen. */
  game: string | null;
  /** A level's id within the game; null: the game's first level. */
  level: string | null;
  lang: string | null;
  /** Team names, in order; empty: the whole room plays as one. */
  teams: string[];
  /** How teams play: all answer each card together before the reveal (where the game offers it), or take turns. */
  play: PlayMode;
  /** The workshop's clock on screen. */
  timer: boolean;
  /** Projector colours: high contrast and larger text. */
  projector: boolean;
  /** In the room, a card's second question (where the game has one) is asked as a second round after the first. */
  second: boolean;
  /** In the room, the teams' answers stay off the shared screen until the reveal ("answered", not what). */
  hide: boolean;
  /** The room screen opens a live room at once: participants answer from their phones (needs `npm run live`). */
  live: boolean;
}

/** `together`: every team answers the same card, then the reveal; `turns`: each team plays a round in turn. */
export const PLAY_MODES = ['together', 'turns'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

export type IgnoredReason = 'unknown' | 'bad' | 'repeated' | 'tooMany' | 'kiosk' | 'needsGame' | 'cut';

/** One ignored key, its name cut short and stripped of anything but plain characters (it is shown as text). */
export interface Ignored {
  key: string;
  reason: IgnoredReason;
}

export interface PresetRead {
  /** `mode=workshop` is in the query. */
  workshop: boolean;
  preset: WorkshopPreset;
  /** What was ignored, at most MAX_LISTED entries. */
  ignored: Ignored[];
  /** How many more were ignored than listed. */
  more: number;
}

export interface PresetContext {
  games: readonly { id: string }[];
  /** Languages the arcade is complete in. */
  langs: readonly string[];
}

export function emptyPreset(): WorkshopPreset {
  return { game: null, level: null, lang: null, teams: [], play: 'together', timer: false, projector: false, second: true, hide: true, live: false };
}

/** Control and format characters (bidi overrides, zero widths) and markup brackets out, spaces collapsed, cut to
 * `max` characters. `brackets` keeps `<` and `>` (a sentence that is shown only as text may quote them). */
export function cleanText(raw: string, max: number, o: { brackets?: boolean } = {}): string {
  const plain = raw
    .slice(0, max * 4)
    .replace(o.brackets ? /[\p{Cc}\p{Cf}]/gu : /[\p{Cc}\p{Cf}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...plain].slice(0, max).join('').trim();
}

function shownKey(key: string): string {
  return cleanText(key, MAX_KEY_SHOWN) || '?';
}

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.slice(0, MAX_QUERY));
  } catch {
    return new URLSearchParams();
  }
}

function flag(v: string): boolean | null {
  const s = v.trim().toLowerCase();
  return ON.has(s) ? true : OFF.has(s) ? false : null;
}

/**
 * Reads a workshop preset from a query string. Each key is checked on its own: an unknown key, a bad value, a
 * repeated key or a team past the eighth is ignored and listed; the rest applies.
 */
export function parsePreset(search: string, ctx: PresetContext): PresetRead {
  const q = params(search);
  const preset = emptyPreset();
  const ignored: Ignored[] = [];
  const ignore = (key: string, reason: IgnoredReason): void => {
    ignored.push({ key: shownKey(key), reason });
  };
  const modes = q.getAll('mode');
  const workshop = modes.includes('workshop');
  if (workshop && modes.includes('kiosk')) ignore('mode=kiosk', 'kiosk');
  const seen = new Set<string>();
  let count: number | null = null;
  const names: string[] = [];
  const nameSeen = new Set<string>();
  for (const [key, value] of q) {
    if (OTHER_KEYS.has(key)) continue;
    if (!(PRESET_KEYS as readonly string[]).includes(key)) {
      ignore(key, 'unknown');
      continue;
    }
    const k = key as PresetKey;
    if (k === 'team') {
      const name = cleanText(value, MAX_TEAM_NAME);
      // An empty name keeps its team's place (the shell names it "Team 3"); a name of nothing but marks is bad.
      if (!value.trim()) {
        if (names.length >= MAX_TEAMS) ignore(k, 'tooMany');
        else names.push('');
      } else if (!name) ignore(k, 'bad');
      else if (nameSeen.has(name.toLocaleLowerCase())) ignore(k, 'repeated');
      else if (names.length >= MAX_TEAMS) ignore(k, 'tooMany');
      else {
        names.push(name);
        nameSeen.add(name.toLocaleLowerCase());
        // Kept, shortened: said, so a long name is not cut without a word.
        if ([...cleanText(value, 10_000)].length > [...name].length) ignore(k, 'cut');
      }
      continue;
    }
    if (seen.has(k)) {
      ignore(k, 'repeated');
      continue;
    }
    seen.add(k);
    const v = value.trim();
    switch (k) {
      case 'game':
        if (ctx.games.some((g) => g.id === v)) preset.game = v;
        else ignore(k, 'bad');
        break;
      case 'level':
        if (ID.test(v)) preset.level = v;
        else ignore(k, 'bad');
        break;
      case 'lang':
        // The pseudo-locale is the developers' (read by the shell at start), not a preset's.
        if (v === 'pseudo') break;
        if (ctx.langs.includes(v)) preset.lang = v;
        else ignore(k, 'bad');
        break;
      case 'teams': {
        const n = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
        if (n === 1 || (n >= MIN_TEAMS && n <= MAX_TEAMS)) count = n;
        else ignore(k, 'bad');
        break;
      }
      case 'play':
        if ((PLAY_MODES as readonly string[]).includes(v)) preset.play = v as PlayMode;
        else ignore(k, 'bad');
        break;
      case 'timer':
      case 'projector':
      case 'second':
      case 'hide':
      case 'live': {
        const f = flag(v);
        if (f === null) ignore(k, 'bad');
        else preset[k] = f;
        break;
      }
    }
  }
  // A level belongs to a game: without one it cannot be found.
  if (preset.level !== null && preset.game === null) {
    preset.level = null;
    ignore('level', 'needsGame');
  }
  preset.teams = teamList(count, names);
  return { workshop, preset, ignored: ignored.slice(0, MAX_LISTED), more: Math.max(0, ignored.length - MAX_LISTED) };
}

/**
 * Teams from a count and names: the names given, up to the count; unnamed teams are left as empty strings (the
 * shell names them "Team 3" in the player's language). One team, or one name, is the whole room.
 */
function teamList(count: number | null, names: string[]): string[] {
  const n = count ?? names.length;
  if (n < MIN_TEAMS) return [];
  return Array.from({ length: n }, (_, i) => names[i] ?? '');
}

/** The query string of a preset (with `mode=workshop`), in a fixed order; team names as given. */
export function presetQuery(p: WorkshopPreset): string {
  const q = new URLSearchParams();
  q.set('mode', 'workshop');
  if (p.game) q.set('game', p.game);
  if (p.game && p.level) q.set('level', p.level);
  if (p.lang) q.set('lang', p.lang);
  const teams = p.teams.slice(0, MAX_TEAMS);
  q.set('teams', String(teams.length >= MIN_TEAMS ? teams.length : 1));
  if (teams.length >= MIN_TEAMS) for (const t of teams) q.append('team', cleanText(t, MAX_TEAM_NAME));
  q.set('play', p.play);
  q.set('timer', p.timer ? 'on' : 'off');
  q.set('projector', p.projector ? 'on' : 'off');
  q.set('second', p.second ? 'on' : 'off');
  q.set('hide', p.hide ? 'on' : 'off');
  // Only when on: the links trainers already have stay as they were.
  if (p.live) q.set('live', 'on');
  return `?${q.toString()}`;
}

/**
 * Whether a link may switch kiosk mode on: exactly one `mode`, `kiosk`, and none of a workshop's keys. Anything
 * else (a workshop link with `mode=kiosk` added, two modes) leaves kiosk mode off: a booth is set up on purpose.
 */
export function kioskLinkAllowed(search: string): boolean {
  const q = params(search);
  const modes = q.getAll('mode');
  if (modes.length !== 1 || modes[0] !== 'kiosk') return false;
  return !PRESET_KEYS.some((k) => k !== 'lang' && q.has(k));
}

/** The query without any `mode=kiosk` (kept: every other key, in order). */
export function withoutKiosk(search: string): string {
  const q = params(search);
  const out = new URLSearchParams();
  for (const [k, v] of q) if (!(k === 'mode' && v === 'kiosk')) out.append(k, v);
  const s = out.toString();
  return s ? `?${s}` : '';
}
