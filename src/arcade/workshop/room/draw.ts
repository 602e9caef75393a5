// Drawing the workshop room's three views (answering, the reveal, the end) from its words and rectangles: canvas
// panels and buttons with their DOM twins, and the bars as real text in the DOM. The screen hands in what each
// button does; nothing here changes the room's state.
import type Phaser from 'phaser';
import { addButton, addHeader, addScrollArea, addText, addTextPanel } from '../../../ui/widgets';
import { markMore } from './paging';
import { COLORS } from '../../../ui/theme';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import type { Rect } from '../../../core/rect';
import { EXTEND_SECONDS, MAX_ROOM_ITEMS, currentItem } from '../../../core/room';
import type { RoomItem } from '../../../games/sdk/room';
import { R } from './strings';
import * as P from './present';
import { controls, endLayout, revealLayout, voteLayout } from './layout';
import { drawQr } from '../../kiosk/qr';
import { showCode } from '../../../core/livePhone';

/** What the room's buttons do (the screen's actions). */
export interface RoomHandlers {
  choose(option: string): void;
  team(n: number): void;
  reveal(): void;
  step(a: 'next' | 'skip' | 'back'): void;
  extend(): void;
  pause(): void;
  story(): void;
  cards(): void;
  finish(): void;
  sessionLevel(keep: boolean): void;
  jump(index: number): void;
  audience(): void;
  live(): void;
  notes(): void;
}

export interface Canvas {
  scene: Phaser.Scene;
  dom: A11yScope;
  L: Layout;
  /** The audience window: the room's views without the trainer's controls. */
  audience?: boolean;
}

interface Control {
  id: string;
  label: string;
  visible: string;
  go: () => void;
  primary?: boolean;
  disabled?: boolean;
}

/** The status line (canvas text and its DOM twin), which the clock updates without a redraw. */
export interface StatusLine {
  text: Phaser.GameObjects.Text;
  el: HTMLElement;
  /** The big countdown on a wide screen (canvas only: the status line says the same to a screen reader). */
  clock: Phaser.GameObjects.Text | null;
}

/** A card's text cut to a line for the list (the button's accessible name has all of it). */
function short(text: string, max = 64): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function drawControls(k: Canvas, list: Control[]): ReturnType<typeof controls> {
  // The audience sees the room, not the trainer's buttons: the views take the whole height.
  if (k.audience) return { rects: [], top: k.L.h - k.L.pad + k.L.gap };
  const c = controls(k.L, list.length);
  list.forEach((b, i) =>
    addButton(k.scene, k.dom, k.L, {
      id: b.id,
      label: b.label,
      visibleLabel: b.visible,
      style: b.primary ? 'primary' : 'quiet',
      group: 'controls',
      disabled: b.disabled,
      rect: c.rects[i]!,
      fontSize: k.L.portrait ? k.L.font.small : undefined,
      onActivate: b.go,
    }),
  );
  return c;
}

function common(c: P.RoomContext, h: RoomHandlers): Control[] {
  const s = c.state;
  const full = s.items.length >= MAX_ROOM_ITEMS;
  const story: Control[] = c.stories
    ? [
        {
          id: 'story',
          label: full ? R('room.storyFull', { max: MAX_ROOM_ITEMS }) : R('room.storyLabel'),
          visible: R('room.story'),
          go: () => h.story(),
          disabled: full,
        },
      ]
    : [];
  // A second window for the projector, where the screen is wide enough to be a trainer's laptop.
  const audience: Control[] = c.audienceWindow ? [{ id: 'audience', label: R('room.audienceLabel'), visible: R('room.audience'), go: () => h.audience() }] : [];
  // Participants answering from their phones (a live room), where the trainer's window is not the audience's.
  const live: Control[] = [
    c.live
      ? {
          id: 'live',
          label: R('room.liveOnLabel', { code: showCode(c.live.code) }),
          visible: R('room.liveOn', { code: showCode(c.live.code) }),
          go: () => h.live(),
        }
      : { id: 'live', label: R('room.liveLabel'), visible: R('room.live'), go: () => h.live() },
  ];
  return [
    ...audience,
    ...live,
    { id: 'step-back', label: R('room.backLabel'), visible: R('room.back'), go: () => h.step('back'), disabled: s.index === 0 && s.phase === 'vote' },
    { id: 'pause', label: R('room.pauseLabel'), visible: R('room.pause'), go: () => h.pause() },
    ...story,
    { id: 'cards', label: R('room.cardsLabel'), visible: R('room.cards'), go: () => h.cards() },
    // The trainer's notes on the card on screen, for the session report.
    { id: 'notes', label: R('room.notesLabel'), visible: R('room.notes'), go: () => h.notes() },
  ];
}

function cardPanel(k: Canvas, r: Rect, question: string, item: RoomItem, size: number): void {
  addTextPanel(k.scene, k.dom, { id: 'card', rect: r, title: question, bodySize: size, titleSize: k.L.font.body }, (el) => {
    const p = document.createElement('p');
    p.className = 'room-card';
    p.textContent = item.text;
    el.append(p);
  });
}

/** A bar per option: its name, how many teams chose it and which, and a bar as long as its share. */
function barList(rows: P.BarView[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'room-bars';
  for (const b of rows) {
    const li = document.createElement('li');
    if (b.accepted) li.className = b.accepted === 'full' ? 'v-right' : 'v-partial';
    const label = document.createElement('span');
    label.textContent = b.text;
    const bar = document.createElement('span');
    bar.className = 'room-bar';
    bar.setAttribute('aria-hidden', 'true');
    bar.style.width = `${Math.round(b.share * 100)}%`;
    li.append(label, bar);
    ul.append(li);
  }
  return ul;
}

function listSection(el: HTMLElement, heading: string, lines: string[], cls?: string): void {
  if (lines.length === 0) return;
  const h = document.createElement('h3');
  h.textContent = heading;
  const ul = document.createElement('ul');
  for (const line of lines) {
    const li = document.createElement('li');
    li.textContent = line;
    if (cls) li.className = cls;
    ul.append(li);
  }
  el.append(h, ul);
}

export function drawVote(k: Canvas, c: P.RoomContext, h: RoomHandlers): StatusLine | null {
  const { L, scene, dom } = k;
  const s = c.state;
  const item = c.item(currentItem(s)!);
  if (!item) return null;
  const extra: Control[] =
    s.cardSeconds !== null
      ? [
          {
            id: 'extend',
            label: R('room.extendLabel', { seconds: EXTEND_SECONDS }),
            visible: R('room.extend', { seconds: EXTEND_SECONDS }),
            go: () => h.extend(),
          },
        ]
      : [];
  const ctl = drawControls(k, [
    { id: 'reveal', label: R('room.revealLabel'), visible: R('room.reveal'), go: () => h.reveal(), primary: true },
    { id: 'skip', label: R('room.skipLabel'), visible: R('room.skip'), go: () => h.step('skip') },
    ...extra,
    ...common(c, h),
  ]);
  const options = P.optionsOf(c.deck, item);
  const said = item.optionText;
  const lay = voteLayout(L, ctl, options.length, c.teams.length, said !== undefined, s.cardSeconds !== null, Boolean(c.live));
  if (c.live && lay.join) joinPanel(k, lay.join, c.live);
  const line = P.statusLine(c);
  const r = lay.status;
  const text = addText(scene, r.x, r.y + r.h / 2, line, { size: L.portrait ? L.font.small : L.font.body, color: COLORS.onBgSoft, width: r.w, originY: 0.5 });
  const cr = lay.clock;
  const clock = cr
    ? addText(scene, cr.x + cr.w, cr.y + cr.h / 2, P.clockFace(s), {
        size: L.font.hero,
        color: s.secondsLeft === 0 ? COLORS.accent : COLORS.onBg,
        bold: true,
        originX: 1,
        originY: 0.5,
      })
    : null;
  const el = dom.text(line);
  // A decision's dialogue is longer than a situation card: it reads at body size.
  cardPanel(k, lay.card, item.question ?? c.deck.question, item, said ? L.font.body : L.font.large);
  options.forEach((o, i) =>
    addButton(scene, dom, L, {
      id: `option-${o.id}`,
      label: R('room.optionLabel', { option: o.label, cue: said?.[o.id] ?? o.cue ?? '' }),
      visibleLabel: said?.[o.id] ? R('room.optionSays', { option: o.label, text: said[o.id] ?? '' }) : o.label,
      sublabel: lay.cues && !said ? o.cue : undefined,
      fontSize: said ? L.font.small : undefined,
      pressed: c.chosen === o.id,
      style: c.chosen === o.id ? 'primary' : 'quiet',
      group: 'options',
      rect: lay.options[i]!,
      onActivate: () => h.choose(o.id),
    }),
  );
  const scroll = addScrollArea(scene, dom, 'teams', lay.teamsArea, lay.teamsH);
  // How to key answers in is the trainer's to read, not the room's.
  if (!k.audience) dom.text(c.teams.length === 1 ? R('room.howToRoom') : R('room.howTo', { max: c.teams.length }));
  P.teamViews(c, L.portrait).forEach((t, i) =>
    addButton(scene, dom, L, {
      id: `team-${t.n}`,
      label: t.label,
      visibleLabel: t.visible,
      description: t.hint,
      pressed: t.answer !== null || t.picked,
      style: t.picked ? 'primary' : 'quiet',
      group: 'teams',
      rect: lay.teams[i]!,
      scroll,
      fontSize: L.portrait ? L.font.small : undefined,
      onActivate: () => h.team(i),
    }),
  );
  return { text, el, clock };
}

/** A live room's way in, for the room to read from its seats: the QR code, the address and the code, large. */
function joinPanel(k: Canvas, r: Rect, live: P.RoomLive): void {
  addTextPanel(k.scene, k.dom, { id: 'join', rect: r, title: R('room.liveJoin'), bodySize: k.L.font.body, titleSize: k.L.font.body }, (el) => {
    const canvas = document.createElement('canvas');
    canvas.className = 'room-join-qr';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', R('room.liveQr', { code: showCode(live.code) }));
    drawQr(canvas, live.url);
    const code = document.createElement('p');
    code.className = 'room-join-code';
    code.textContent = showCode(live.code);
    const how = document.createElement('p');
    how.className = 'muted';
    how.textContent = R('room.liveJoinHow', { url: live.url.split('?')[0]! });
    el.append(canvas, code, how);
  });
}

export function drawReveal(k: Canvas, c: P.RoomContext, h: RoomHandlers): void {
  const { L, scene, dom } = k;
  const item = c.item(currentItem(c.state)!);
  if (!item) return;
  const last = c.state.index >= c.state.items.length - 1;
  const ctl = drawControls(k, [
    {
      id: 'next',
      label: last ? R('room.toEnd') : R('room.nextLabel', { unit: c.deck.unit ?? 'card' }),
      visible: last ? R('room.toEnd') : R('room.next', { unit: c.deck.unit ?? 'card' }),
      go: () => h.step('next'),
      primary: true,
    },
    ...common(c, h),
  ]);
  const lay = revealLayout(L, ctl);
  cardPanel(k, lay.card, item.question ?? c.deck.question, item, L.font.body);
  addTextPanel(scene, dom, { id: 'answers', rect: lay.answers, title: R('room.answersHeading'), bodySize: L.font.body, titleSize: L.font.body }, (el) => {
    el.append(barList(P.bars(c, item.id)));
    listSection(el, R('room.scoreHeading'), P.scoreLines(c));
  });
  addTextPanel(scene, dom, { id: 'detail', rect: lay.detail, title: R('room.acceptedHeading'), bodySize: L.font.body, titleSize: L.font.body }, (el) => {
    const p = (text: string, cls?: string): void => {
      const e = document.createElement('p');
      e.textContent = text;
      if (cls) e.className = cls;
      el.append(e);
    };
    for (const line of P.acceptedLines(c, item)) p(line, 'strong');
    if (item.explanation) p(item.explanation);
    // The questions before the notes: the room discusses while the trainer reads on.
    listSection(el, R('room.discussHeading'), P.discussion(c, item));
    for (const n of item.notes) p(n, 'muted');
  });
}

export function drawEnd(k: Canvas, c: P.RoomContext, h: RoomHandlers): void {
  const { L, scene, dom } = k;
  const placed = c.state.stories.some((x) => x.accepted !== null);
  const ctl = drawControls(k, [
    { id: 'finish', label: R('room.finish'), visible: R('room.finish'), go: () => h.finish(), primary: true },
    { id: 'step-back', label: R('room.backLabel'), visible: R('room.back'), go: () => h.step('back') },
    ...(c.stories
      ? [
          {
            id: 'export-level',
            label: placed ? R('room.exportLevel') : R('room.noStories'),
            visible: R('room.exportLevelShort'),
            go: () => h.sessionLevel(false),
            disabled: !placed,
          },
          {
            id: 'keep-level',
            label: placed ? R('room.keepLevel') : R('room.noStories'),
            visible: R('room.keepLevelShort'),
            go: () => h.sessionLevel(true),
            disabled: !placed,
          },
        ]
      : []),
  ]);
  const items = P.endItems(c);
  const lay = endLayout(L, ctl, items.length);
  addTextPanel(scene, dom, { id: 'summary', rect: lay.summary, title: R('room.scoreHeading'), bodySize: L.font.body, titleSize: L.font.body }, (el) => {
    const ul = document.createElement('ul');
    for (const line of P.scoreLines(c)) {
      const li = document.createElement('li');
      li.textContent = line;
      li.className = 'strong';
      ul.append(li);
    }
    el.append(ul);
    const own = c.deck.endSummary?.();
    if (own) listSection(el, own.heading, own.lines);
    listSection(el, R('room.endDiscuss'), c.deck.discussion);
    // Again at the end: how the room answered each card it revealed.
    for (const id of c.state.items.filter((i) => c.state.revealed.includes(i))) {
      const it = c.item(id);
      if (!it) continue;
      const head = document.createElement('h3');
      head.textContent = R('room.endItem', { n: c.state.items.indexOf(id) + 1, text: it.text });
      el.append(head, barList(P.bars(c, id)));
    }
  });
  const scroll = addScrollArea(scene, dom, 'end-list', lay.listArea, lay.listH);
  items.forEach((it, i) =>
    addButton(scene, dom, L, {
      id: `jump-${it.index}`,
      label: `${it.label}. ${it.state}`,
      visibleLabel: `${short(it.text)} · ${it.state}`,
      style: 'quiet',
      group: 'end-list',
      rect: lay.items[i]!,
      scroll,
      fontSize: L.font.small,
      onActivate: () => h.jump(it.index),
    }),
  );
}

/** The room's screen for its phase: the header (the way back to the workshop, and help), then the phase's view. */
export function drawRoom(k: Canvas, c: P.RoomContext, h: RoomHandlers, leave: () => void, help: () => void): StatusLine | null {
  const help_ = { id: 'help', label: R('room.helpLabel'), visibleLabel: R('room.help'), rect: { x: 0, y: 0, w: 0, h: 0 }, onActivate: help };
  addHeader(k.scene, k.dom, k.L, P.title(c), { label: R('room.leave'), onActivate: leave }, help_);
  const phase = c.state.phase;
  const status = phase === 'vote' ? drawVote(k, c, h) : null;
  if (phase === 'reveal') drawReveal(k, c, h);
  else if (phase === 'end') drawEnd(k, c, h);
  markMore();
  return status;
}
