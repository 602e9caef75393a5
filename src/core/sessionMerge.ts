// Two workshop session records as one: the same session carried to another device, or a second room merged for one
// debrief, each answer once (recognised by its team and card). Pure.
import { MAX_ANSWERS, MAX_PEOPLE_ANSWERS, type PersonAnswer, type SessionAnswer, type SessionRecord, type SessionRound } from './export';

/** What one answer is: the same team's answer to the same card in the same session, however often it is imported. */
function answerKey(a: SessionAnswer): string {
  return `${a.team}|${a.itemId}`;
}

/**
 * Two records as one. The same session (continued on another device, or imported twice): each answer once, the
 * later kept where both have it, each team's score the fuller one. Another session (a second room, for one
 * debrief): its teams come in beside ours, under ids of their own where ours are taken, with their answers and
 * scores. `merged` says which sessions are in, so merging the same one again changes nothing.
 */
export function mergeSessions(into: SessionRecord, other: SessionRecord): SessionRecord {
  const same = other.sessionId === into.sessionId;
  if (!same && (into.merged ?? []).includes(other.sessionId)) return into;
  const taken = new Set(into.teams.map((t) => t.id));
  const tag = other.sessionId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 6) || 'b';
  const idOf = (team: string): string => (same || !taken.has(team) ? team : `${tag}-${team}`);
  const answers = new Map(into.answers.map((a) => [answerKey(a), a]));
  for (const a of other.answers) {
    const mine = { ...a, team: idOf(a.team) };
    const had = answers.get(answerKey(mine));
    if (!had || (had.at || '') < (mine.at || '')) answers.set(answerKey(mine), mine);
  }
  const teams = [...into.teams];
  for (const t of other.teams) if (!teams.some((x) => x.id === idOf(t.id))) teams.push({ ...t, id: idOf(t.id) });
  const scores = new Map(into.scores.map((x) => [x.team, x]));
  for (const x of other.scores) {
    const mine = { ...x, team: idOf(x.team) };
    const had = scores.get(mine.team);
    if (!had || (same && (mine.rounds > had.rounds || mine.maxScore > had.maxScore))) scores.set(mine.team, mine);
  }
  const roundKey = (r: SessionRound): string => `${r.team}|${r.game}|${r.level}|${r.at}`;
  const rounds = new Map((into.rounds ?? []).map((r) => [roundKey(r), r]));
  for (const r of other.rounds ?? []) rounds.set(roundKey({ ...r, team: idOf(r.team) }), { ...r, team: idOf(r.team) });
  // A live room's people: each person's answer to a card once (a second room's people under its teams' ids).
  const personKey = (p: PersonAnswer): string => `${p.team}|${p.person}|${p.itemId}`;
  const people = new Map((into.people ?? []).map((p) => [personKey(p), p]));
  for (const p of other.people ?? []) {
    const mine = { ...p, team: idOf(p.team), person: same ? p.person : `${tag}-${p.person}`.slice(0, 64) };
    people.set(personKey(mine), mine);
  }
  // The trainer's notes: the same session's latest of each card; a second room's (merged once) beside ours.
  const notes = new Map((into.notes ?? []).map((n, i) => [same ? n.itemId : String(i), n]));
  for (const [i, n] of (other.notes ?? []).entries()) {
    const key = same ? n.itemId : `other-${i}`;
    const had = notes.get(key);
    if (!had || had.at < n.at) notes.set(key, n);
  }
  const merged = same ? into.merged : [...(into.merged ?? []), other.sessionId, ...(other.merged ?? [])];
  const ends = [into.endedAt, other.endedAt].filter((x): x is string => x !== null).sort();
  return {
    ...into,
    teams,
    answers: [...answers.values()].slice(0, MAX_ANSWERS),
    scores: [...scores.values()],
    startedAt: [into.startedAt, other.startedAt].sort()[0]!,
    endedAt: ends.at(-1) ?? null,
    ...(rounds.size > 0 ? { rounds: [...rounds.values()] } : {}),
    ...(into.cards || other.cards ? { cards: { ...other.cards, ...into.cards } } : {}),
    ...(merged && merged.length > 0 ? { merged } : {}),
    ...(people.size > 0 ? { people: [...people.values()].slice(0, MAX_PEOPLE_ANSWERS) } : {}),
    ...(notes.size > 0 ? { notes: [...notes.values()] } : {}),
    ...(into.questions || other.questions ? { questions: { ...other.questions, ...into.questions } } : {}),
  };
}
