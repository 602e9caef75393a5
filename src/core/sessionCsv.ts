// A workshop session as CSV for a spreadsheet: a row per answer (and per person, for a live room's phones), cells a
// spreadsheet would run as formulas made safe (papaparse), the language's separator, local times. Pure.
import Papa from 'papaparse';
import type { SessionRecord } from './export';

/** A cell that a spreadsheet would run as a formula starts with one of these (papaparse then adds a quote mark). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV field separator a spreadsheet expects in a language: a semicolon where the decimal mark is a comma. */
export function csvSeparator(lang: string | undefined): ',' | ';' {
  return lang === undefined || lang === 'en' || lang.startsWith('en-') ? ',' : ';';
}

/** An ISO time as local time with its offset (2025-05-01T11:10:00+02:00); empty stays empty. */
export function localTime(iso: string, offsetMinutes: (d: Date) => number = (d) => -d.getTimezoneOffset()): string {
  const d = new Date(iso);
  if (iso === '' || Number.isNaN(d.getTime())) return iso;
  const off = Math.round(offsetMinutes(d));
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * One row per answer, with the team's name beside its id; formula-like cells made safe. The separator follows the
 * session's language (a semicolon for French and Spanish, as their spreadsheets expect), times are local with their
 * offset, and a team that gave no answer says so rather than "wrong".
 */
export function toCsv(rec: SessionRecord, o: { offsetMinutes?: (d: Date) => number } = {}): string {
  const name = new Map(rec.teams.map((t) => [t.id, t.name]));
  const rows = rec.answers.map((a) => ({
    session: rec.sessionId,
    game: a.game ?? rec.game,
    level: a.level ?? rec.level,
    team: a.team,
    teamName: name.get(a.team) ?? a.team,
    itemId: a.itemId,
    itemTitle: a.itemTitle,
    answer: a.answer,
    verdict: a.answer === '' && a.at === '' ? 'none' : a.verdict,
    correct: a.correct ? 'yes' : 'no',
    points: a.points === null ? '' : String(a.points),
    maxPoints: a.maxPoints === undefined ? '' : String(a.maxPoints),
    late: a.late ? 'yes' : '',
    at: localTime(a.at, o.offsetMinutes),
    person: '',
    nickname: '',
  }));
  // A live room's participants, one row per person and card after the teams' rows (no points: their team's count).
  const title = new Map(rec.answers.map((a) => [a.itemId, a.itemTitle]));
  for (const p of rec.people ?? [])
    rows.push({
      session: rec.sessionId,
      game: p.game,
      level: p.level,
      team: p.team,
      teamName: name.get(p.team) ?? p.team,
      itemId: p.itemId,
      itemTitle: title.get(p.itemId) ?? '',
      answer: p.answer,
      verdict: p.verdict,
      correct: p.verdict === 'right' ? 'yes' : 'no',
      points: '',
      maxPoints: '',
      late: p.late ? 'yes' : '',
      at: localTime(p.at, o.offsetMinutes),
      person: p.person,
      nickname: p.nick ?? '',
    });
  // The person columns only where a live room had phones: a session without them keeps its familiar columns.
  const team = ['session', 'game', 'level', 'team', 'teamName', 'itemId', 'itemTitle', 'answer', 'verdict', 'correct', 'points', 'maxPoints', 'late', 'at'];
  const fields = rec.people?.length ? [...team, 'person', 'nickname'] : team;
  // papaparse's own pattern ends in `.*$`, which misses a cell with a line break after the `=`: ours does not.
  return Papa.unparse(
    { fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', delimiter: csvSeparator(rec.lang) },
  );
}
