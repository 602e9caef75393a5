// The phone page of the live room: a participant scans the room's QR code (or types its code), is placed in a team
// and answers the card on the screen from here. DOM only, no engine, small: the Colyseus client, the room's message
// schemas and the words. Text from the room reaches the page only as text (textContent). The seat's secret is kept
// in this browser for the room's code, so a reload or a phone that slept comes back to its seat and its answer.
import '../core/zodConfig';
import { Client, type Room } from '@colyseus/sdk';
import { LANGS, getLang, loadLang, setLang, type Lang } from '../core/i18n';
import { CODE, normaliseCode, showCode, youMessage, type YouMessage } from '../core/livePhone';
import { LIVE_MAX_PEOPLE } from '../core/live';
import { P, barLines, revealLines, statusLine, type RoomView } from './present';
import { announce, el, show, ui } from './view';

const SEAT_KEY = 'learning-arcade/live-seat/';
/** After the room stops answering (a server restart): try again this often, this many times. */
const REJOIN_MS = 3000;
const REJOIN_TRIES = 200;

const params = new URLSearchParams(location.search);
let room: Room | null = null;
let you: YouMessage | null = null;
let lastCard = '';
let lastPhase = '';

function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
function keptSeat(code: string): string | undefined {
  try {
    return store()?.getItem(SEAT_KEY + code) ?? undefined;
  } catch {
    return undefined;
  }
}
function keepSeat(code: string, seat: string): void {
  try {
    store()?.setItem(SEAT_KEY + code, seat);
  } catch {
    // Storage full or off: the seat holds for as long as the page stays open.
  }
}

function pickLang(): Lang {
  const asked = params.get('lang');
  const wanted = [asked, ...navigator.languages].map((l) => (l ?? '').slice(0, 2).toLowerCase());
  return (wanted.find((l) => (LANGS as readonly string[]).includes(l)) as Lang | undefined) ?? 'en';
}

async function useLang(lang: Lang): Promise<void> {
  await loadLang(lang);
  setLang(lang);
  document.documentElement.lang = lang;
  ui.lang.value = lang;
  renderStatic();
  if (room) render(room.state as RoomView);
}

function renderStatic(): void {
  document.title = `${P('phone.title')} · Learning Arcade`;
  ui.langLabel.textContent = P('phone.lang');
  ui.joinHeading.textContent = P('phone.join.heading');
  ui.joinIntro.textContent = P('phone.join.intro');
  ui.codeLabel.textContent = P('phone.join.code');
  ui.codeHint.textContent = P('phone.join.codeHint');
  ui.nickLabel.textContent = P('phone.join.nick');
  ui.nickHint.textContent = P('phone.join.nickHint');
  ui.joinGo.textContent = P('phone.join.go');
  ui.teamLabel.textContent = P('phone.team.change');
  ui.optionsLegend.textContent = P('phone.options');
  ui.roomHeading.textContent = P('phone.reveal.room');
  ui.retry.textContent = P('phone.retry');
}

// --- joining -------------------------------------------------------------------------------------------------------

async function join(code: string, nick: string): Promise<void> {
  if (!CODE.test(code)) return void (show('join'), (ui.joinError.textContent = P('phone.join.badCode')), ui.code.focus());
  show('joining');
  ui.joining.textContent = P('phone.joining');
  const client = new Client(params.get('server') ?? location.origin);
  const seat = keptSeat(code);
  try {
    room = await client.joinById(code, { ...(seat ? { seat } : {}), ...(nick ? { nick } : {}) });
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    show('join');
    ui.code.value = showCode(code);
    ui.joinError.textContent = /full|locked/i.test(text)
      ? P('phone.join.full', { max: LIVE_MAX_PEOPLE })
      : /not found|invalid|expired|room/i.test(text)
        ? P('phone.join.notFound', { code: showCode(code) })
        : P('phone.join.failed');
    ui.code.focus();
    return;
  }
  history.replaceState(null, '', `?${new URLSearchParams({ code, lang: getLang() })}`);
  ui.codeLine.textContent = P('phone.code', { code: showCode(code) });
  wire(room, code);
  show('room');
}

function wire(r: Room, code: string): void {
  r.onMessage('you', (raw: unknown) => {
    const m = youMessage.safeParse(raw);
    if (!m.success) return;
    const before = you;
    you = { ...m.data, seat: m.data.seat || before?.seat || '' };
    if (m.data.seat) keepSeat(code, m.data.seat);
    if (m.data.refused) announce(P(`phone.refused.${m.data.refused === 'closed' ? 'notVoting' : m.data.refused}`), true);
    else if (before && m.data.mine && m.data.mine !== before.mine) announce(P('phone.sent', { option: labelOf(m.data.mine) }));
    else if (before && before.team !== m.data.team) announce(P('phone.team.moved', { team: m.data.teamName }));
    render(r.state as RoomView);
  });
  r.onMessage('*', () => undefined);
  r.onStateChange((s: unknown) => render(s as RoomView));
  r.onDrop(() => (ui.conn.textContent = P('phone.conn.lost')));
  r.onReconnect(() => {
    ui.conn.textContent = '';
    announce(P('phone.conn.back'));
  });
  r.onLeave((closeCode: number) => {
    room = null;
    // The trainer closed the room (a normal close): said so. Anything else: the room may come back (a restart).
    if (closeCode === 1000 || closeCode === 4000) return void ((ui.conn.textContent = P('phone.conn.closed')), show('closed'));
    void rejoin(code, 0);
  });
}

async function rejoin(code: string, tries: number): Promise<void> {
  ui.conn.textContent = P('phone.conn.gone');
  if (tries >= REJOIN_TRIES) return void show('closed');
  await new Promise((r) => setTimeout(r, REJOIN_MS));
  const seat = keptSeat(code) ?? you?.seat;
  try {
    room = await new Client(params.get('server') ?? location.origin).joinById(code, seat ? { seat } : {});
    ui.conn.textContent = '';
    announce(P('phone.conn.back'));
    wire(room, code);
    render(room.state as RoomView);
  } catch {
    void rejoin(code, tries + 1);
  }
}

// --- the room ------------------------------------------------------------------------------------------------------

function labelOf(id: string): string {
  const v = room?.state as RoomView | undefined;
  return (v && [...v.options].find((o) => o.id === id)?.label) ?? id;
}

function render(v: RoomView): void {
  if (!v || !v.code) return;
  // The card's own words are in the room's language, which may not be this page's.
  for (const e of [ui.text, ui.question, ui.options, ui.reveal]) e.lang = v.lang;
  ui.status.textContent = statusLine(v);
  const teams = [...v.teams];
  if (you) {
    const team = teams.find((t) => t.id === you!.team)?.name ?? you.teamName;
    ui.team.textContent = P('phone.team', { team });
    syncTeams(teams, you.team);
  }
  const cardChanged = v.cardId !== lastCard || v.phase !== lastPhase;
  lastCard = v.cardId;
  lastPhase = v.phase;
  ui.end.hidden = v.phase !== 'end';
  ui.end.textContent = P('phone.end');
  ui.card.hidden = v.phase === 'end';
  ui.text.textContent = v.text;
  ui.question.textContent = v.question;
  const mine = you?.mine ?? null;
  if (v.phase === 'vote') renderVote(v, mine, cardChanged);
  else ui.options.replaceChildren();
  ui.reveal.hidden = v.phase !== 'reveal';
  if (v.phase === 'reveal') renderReveal(v, mine);
  if (cardChanged) announce(v.phase === 'end' ? P('phone.end') : `${statusLine(v)}. ${v.text} ${v.phase === 'vote' ? v.question : ''}`);
}

function renderVote(v: RoomView, mine: string | null, fresh: boolean): void {
  const options = [...v.options];
  const existing = [...ui.options.querySelectorAll('button')];
  const same = !fresh && existing.length === options.length && existing.every((b, i) => b.dataset.id === options[i]!.id);
  if (!same) {
    ui.options.replaceChildren(
      ...options.map((o) => {
        const b = el('button', 'option');
        b.type = 'button';
        b.dataset.id = o.id;
        // The option's mark (a shape, so colour is never the only cue) where its label does not carry it already.
        const mark = el('span', 'mark');
        mark.textContent = o.label.startsWith(o.mark) ? '' : o.mark;
        mark.setAttribute('aria-hidden', 'true');
        const label = el('span', 'label');
        label.textContent = o.label;
        b.append(mark, label);
        if (o.text) {
          const more = el('span', 'more');
          more.textContent = o.text;
          b.append(more);
        }
        b.addEventListener('click', () => room?.send('answer', { option: o.id }));
        return b;
      }),
    );
  }
  for (const b of ui.options.querySelectorAll('button')) {
    b.setAttribute('aria-pressed', String(b.dataset.id === mine));
    b.disabled = v.paused;
  }
  ui.mine.textContent = mine ? P('phone.mine', { option: labelOf(mine) }) : P('phone.choose');
}

function renderReveal(v: RoomView, mine: string | null): void {
  const r = revealLines(v, mine);
  ui.yours.textContent = `${r.yours} ${r.verdict}`.trim();
  ui.fits.replaceChildren(
    ...r.fits.map((line) => {
      const p = el('p');
      p.textContent = line;
      return p;
    }),
  );
  ui.explanation.textContent = v.explanation;
  ui.bars.replaceChildren(
    ...barLines(v).map((line) => {
      const li = el('li');
      li.textContent = line;
      return li;
    }),
  );
  ui.next.textContent = P('phone.reveal.next');
  ui.mine.textContent = '';
}

function syncTeams(teams: Array<{ id: string; name: string }>, mine: string): void {
  const sel = ui.teamSelect;
  if (sel.options.length !== teams.length || teams.some((t, i) => sel.options[i]?.value !== t.id || sel.options[i]?.textContent !== t.name)) {
    sel.replaceChildren(
      ...teams.map((t) => {
        const o = el('option');
        o.value = t.id;
        o.textContent = t.name;
        return o;
      }),
    );
  }
  sel.value = mine;
}

// --- start ---------------------------------------------------------------------------------------------------------

ui.lang.addEventListener('change', () => void useLang(ui.lang.value as Lang));
ui.teamSelect.addEventListener('change', () => room?.send('team', { team: ui.teamSelect.value }));
ui.joinForm.addEventListener('submit', (e) => {
  e.preventDefault();
  ui.joinError.textContent = '';
  void join(normaliseCode(ui.code.value), ui.nick.value.trim());
});
ui.retry.addEventListener('click', () => location.reload());

await useLang(pickLang());
// From the QR code: the code is filled in; a phone coming back to its seat joins at once, a new one first sees what it
// joins (and may give a name).
const code = normaliseCode(params.get('code') ?? '');
if (code && keptSeat(code)) void join(code, '');
else {
  show('join');
  ui.code.value = code ? showCode(code) : '';
  (code ? ui.joinGo : ui.code).focus();
}
