// A workshop session as a report the trainer can print for the debrief or the file: the teams' scores, and for each
// card the room answered, how the teams answered it (each answer with its teams and whether it fitted). Built from the
// session record alone (core/export), so an imported or merged session reports the same way. Pure.
import type { SessionRecord } from './export';
import type { Verdict } from './round';

export interface ReportAnswer {
  answer: string;
  verdict: Verdict;
  teams: string[];
  /** Teams whose answer was keyed in after the card's time was up. */
  late: string[];
}

export interface ReportCard {
  game: string;
  level: string;
  title: string;
  answers: ReportAnswer[];
  /** Teams that gave no answer to the card. */
  silent: string[];
  /** The trainer's note on the card. */
  note?: string;
  /** The questions the room was asked at its reveal. */
  questions: string[];
}

export interface SessionReport {
  startedAt: string;
  endedAt: string | null;
  teams: string[];
  scores: Array<{ team: string; score: number; max: number; cards: number; rounds: number }>;
  cards: ReportCard[];
  /** Notes on cards that have no answers in the record (a card noted, then skipped). */
  notes: Array<{ title: string; text: string }>;
}

export function sessionReport(rec: SessionRecord): SessionReport {
  const name = (id: string): string => rec.teams.find((t) => t.id === id)?.name ?? id;
  const cards = new Map<string, ReportCard>();
  for (const a of rec.answers) {
    const key = `${a.game ?? rec.game}|${a.itemId}`;
    let card = cards.get(key);
    if (!card) {
      card = { game: a.game ?? rec.game, level: a.level ?? rec.level, title: a.itemTitle, answers: [], silent: [], questions: rec.questions?.[a.itemId] ?? [] };
      cards.set(key, card);
    }
    if (a.answer === '' && a.at === '') {
      card.silent.push(name(a.team));
      continue;
    }
    let row = card.answers.find((r) => r.answer === a.answer);
    if (!row) {
      row = { answer: a.answer, verdict: a.verdict, teams: [], late: [] };
      card.answers.push(row);
    }
    row.teams.push(name(a.team));
    if (a.late) row.late.push(name(a.team));
  }
  // Most teams first; the answers that fitted before the others when as many chose them.
  const rank: Record<Verdict, number> = { right: 0, partial: 1, info: 2, wrong: 3 };
  for (const c of cards.values()) c.answers.sort((x, y) => y.teams.length - x.teams.length || rank[x.verdict] - rank[y.verdict]);
  const scores = rec.scores
    .map((s) => ({
      team: name(s.team),
      score: s.score,
      max: s.maxScore,
      cards: rec.answers.filter((a) => a.team === s.team && a.maxPoints !== undefined).length,
      rounds: s.rounds,
    }))
    .sort((a, b) => b.score - a.score);
  // Each note with its card; a note on a card with no answers recorded stands on its own.
  const notes: SessionReport['notes'] = [];
  for (const n of rec.notes ?? []) {
    const card = [...cards.entries()].find(([key]) => key.endsWith(`|${n.itemId}`))?.[1];
    if (card) card.note = n.text;
    else notes.push({ title: n.itemTitle, text: n.text });
  }
  return { startedAt: rec.startedAt, endedAt: rec.endedAt, teams: rec.teams.map((t) => t.name), scores, cards: [...cards.values()], notes };
}
