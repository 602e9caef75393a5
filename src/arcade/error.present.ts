// What the level error screen says: which file, and for each problem (up to eight) the field path, the line and
// column where the file's text has them, and the reason, then how many more and what to do; the first problem is
// announced whole. Pure: every word is the player's language; the file's own text reaches the screen only as text.
import type { LevelIssue } from '../core/levels';
import { T } from './strings';

/** Problems listed one by one; the rest are counted. */
export const SHOWN_ISSUES = 8;

export interface ErrorView {
  heading: string;
  back: string;
  file: string;
  issues: Array<{ field: string; where: string | null; reason: string }>;
  more: string | null;
  help: string;
  button: string;
  /** Said once when the screen opens: the first problem in full (null with none). */
  announcement: string | null;
  focus: 'back';
}

export function presentError(info: { file: string; issues: readonly LevelIssue[] }): ErrorView {
  const first = info.issues[0];
  const hidden = info.issues.length - SHOWN_ISSUES;
  return {
    heading: T('screen.error'),
    back: T('nav.back'),
    file: T('error.file', { file: info.file }),
    issues: info.issues.slice(0, SHOWN_ISSUES).map((issue) => ({
      field: T('error.field', { path: issue.path || T('error.whole') }),
      where: issue.line === undefined ? null : T(issue.within ? 'error.whereWithin' : 'error.where', { line: issue.line, column: issue.column ?? 1 }),
      reason: T('error.reason', { message: issue.message }),
    })),
    more: hidden > 0 ? T('error.more', { count: hidden }) : null,
    help: T('error.help'),
    button: T('nav.backTo', { place: T('results.toLevels').toLowerCase() }),
    announcement: first
      ? T('error.announce', {
          file: first.file,
          path: first.path || T('error.whole'),
          // A missing field has no line of its own: the announcement names none (the screen says whose it is).
          line: first.within ? 0 : (first.line ?? 0),
          column: first.column ?? 0,
          message: first.message,
        })
      : null,
    focus: 'back',
  };
}
