// The options column of the workshop screen: game, level, language, teams (a field per named team, and who plays
// next when teams take turns), play mode, the workshop clock, projector colours, hidden answers and the second
// round, in a scroll area. The screen hands in the draft and what each row does; nothing here keeps state.
import type Phaser from 'phaser';
import { T } from '../strings';
import { addButton, addScrollArea } from '../../ui/widgets';
import { a11y, place, type A11yScope, type Rect } from '../../ui/a11y';
import type { Layout } from '../../ui/layout';
import { svc } from '../services';
import { localize, type Lang } from '../../core/i18n';
import type { BaseLevel } from '../../games/sdk/types';
import { MAX_TEAM_NAME, type WorkshopPreset } from '../../core/preset';
import { offeredLangs } from '../languages';
import { W } from './strings';
import { isWorkshop, playsTogether, setNextTeam, teamsOf, workshop } from './workshop';

/** Where the setup screen draws. */
export interface SetupCanvas {
  scene: Phaser.Scene;
  dom: A11yScope;
  L: Layout;
}

/** What the options show: the draft and what the screen worked out from it. */
export interface OptionsView {
  /** The trainer's draft (the rows' states). */
  p: WorkshopPreset;
  /** The game the workshop runs (always one of the games). */
  gameId: string;
  /** The level the workshop starts with, or none (not loaded yet, or the game has none). */
  level: { level: BaseLevel; n: number } | null;
  /** The game's levels have loaded (until then the level row says so). */
  loaded: boolean;
  /** The preset as it will be written (every team named). */
  written: WorkshopPreset;
}

/** What the options' rows do (the screen's actions). */
export interface OptionsHandlers {
  cycleGame(): void;
  cycleLevel(): void;
  cycleTeams(): void;
  change(patch: Partial<WorkshopPreset>, name: string, value: string): void;
  /** A team's name as it is typed (the screen keeps it and follows it in the link, without a rebuild). */
  teamName(i: number, value: string): void;
  rebuild(): void;
}

function teamField(k: SetupCanvas, rect: Rect, i: number, parent: HTMLElement, p: WorkshopPreset, h: OptionsHandlers): void {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'ws-input';
  input.value = p.teams[i] ?? '';
  input.placeholder = W('team.default', { n: i + 1 });
  input.maxLength = MAX_TEAM_NAME;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-label', W('setup.teamLabel', { n: i + 1 }));
  input.dataset.id = `team-${i}`;
  input.addEventListener('input', () => h.teamName(i, input.value));
  place(input, rect);
  input.style.fontSize = `${k.L.font.body}px`;
  parent.append(input);
}

/** The options, in a scroll area: the list grows with the teams. */
export function drawOptions(k: SetupCanvas, area: Rect, v: OptionsView, h: OptionsHandlers): void {
  const { scene, dom, L } = k;
  const p = v.p;
  const bh = L.buttonH;
  const step = bh + L.gap;
  const ring = 8;
  const ws = isWorkshop();
  const teamRows = p.teams.length;
  const game = svc().games.find((g) => g.id === v.gameId);
  // The second question's round, where the game's room has one and teams answer together.
  const second = Boolean(game?.roomSecondRound) && p.play === 'together' && playsTogether(v.gameId);
  const answersTogether = p.play === 'together' && playsTogether(v.gameId);
  const rows = 7 + teamRows + (second ? 1 : 0) + (answersTogether ? 1 : 0);
  const scroll = addScrollArea(
    scene,
    dom,
    'options',
    { x: area.x - ring, y: area.y - ring, w: area.w + 2 * ring, h: area.h + 2 * ring },
    rows * step - L.gap + 2 * ring,
  );
  const w = area.w;
  let y = ring;
  const onOff = (b: boolean): string => W(b ? 'setup.on' : 'setup.off');
  const row = (id: string, label: string, act: () => void, o: { pressed?: boolean; disabled?: boolean; description?: string } = {}): void => {
    addButton(scene, dom, L, { id, label, style: 'quiet', group: 'options', rect: { x: ring, y, w, h: bh }, scroll, onActivate: act, ...o });
    y += step;
  };
  row('game', W('setup.game', { game: game ? localize(game.title) : '' }), () => h.cycleGame());
  const lvl = v.level;
  row(
    'level',
    lvl
      ? W('setup.level', { level: W('setup.levelItem', { n: lvl.n, title: localize(lvl.level.title) }) })
      : W(v.loaded ? 'setup.levelNone' : 'setup.levelLoading'),
    () => h.cycleLevel(),
    { disabled: !lvl },
  );
  const langs = offeredLangs();
  const lang = (p.lang && langs.includes(p.lang as Lang) ? p.lang : svc().store.settings.lang) as Lang;
  const nextLang = langs[(langs.indexOf(lang) + 1) % langs.length] ?? 'en';
  row('lang', W('setup.lang', { lang: T(`lang.${lang}`) }), () => h.change({ lang: nextLang }, W('setup.langName'), T(`lang.${nextLang}`)), {
    disabled: langs.length < 2,
    description: langs.length < 2 ? W('setup.langOnly') : undefined,
  });
  row('teams', W('setup.teams', { count: Math.max(1, teamRows) }), () => h.cycleTeams());
  // Together: every team answers each card before the reveal (games that offer it); else teams take turns.
  const together = playsTogether(v.gameId);
  const mode = together ? p.play : 'turns';
  const other = p.play === 'together' ? 'turns' : 'together';
  row('play', W('setup.play', { mode }), () => h.change({ play: other }, W('setup.playName'), W('setup.playValue', { mode: other })), {
    disabled: !together,
    description: together ? undefined : W('setup.playTurnsOnly'),
  });
  const next = ws ? workshop().next : -1;
  const names = teamsOf(v.written);
  // Who plays next matters only to teams taking turns.
  const turns = ws && !(p.play === 'together' && playsTogether(v.gameId));
  for (let i = 0; i < teamRows; i++) {
    const nw = turns ? Math.min(w * 0.34, Math.max(96, L.font.body * 5)) : 0;
    teamField(k, { x: ring, y: y + 2, w: w - (nw ? nw + L.gap : 0), h: bh - 4 }, i, scroll.content, p, h);
    if (turns) {
      const name = names[i]?.name ?? '';
      addButton(scene, dom, L, {
        id: `next-${i}`,
        label: W('setup.next', { team: name }),
        visibleLabel: next === i ? `▶ ${W('setup.nextShort')}` : W('setup.nextShort'),
        pressed: next === i,
        style: 'quiet',
        group: 'teams',
        rect: { x: ring + w - nw, y, w: nw, h: bh },
        scroll,
        fontSize: L.font.small,
        onActivate: () => {
          setNextTeam(i);
          h.rebuild();
          a11y().announce(W('setup.next', { team: name }));
        },
      });
    }
    y += step;
  }
  row('timer', W('setup.timer', { state: onOff(p.timer) }), () => h.change({ timer: !p.timer }, W('setup.timerName'), onOff(!p.timer)), {
    pressed: p.timer,
  });
  row(
    'projector',
    W('setup.projector', { state: onOff(p.projector) }),
    () => h.change({ projector: !p.projector }, W('setup.projectorName'), onOff(!p.projector)),
    { pressed: p.projector },
  );
  if (answersTogether)
    row(
      'hide',
      W('setup.hide', { state: W(p.hide ? 'setup.hidden' : 'setup.shown') }),
      () => h.change({ hide: !p.hide }, W('setup.hideName'), W(!p.hide ? 'setup.hidden' : 'setup.shown')),
      {
        pressed: p.hide,
      },
    );
  // Participants answer from their own phones: the room screen opens a live room at once (the room server needed).
  if (answersTogether)
    row('live', W('setup.live', { state: onOff(p.live) }), () => h.change({ live: !p.live }, W('setup.liveName'), onOff(!p.live)), { pressed: p.live });
  if (second)
    row('second', W('setup.second', { state: onOff(p.second) }), () => h.change({ second: !p.second }, W('setup.secondName'), onOff(!p.second)), {
      pressed: p.second,
    });
}
