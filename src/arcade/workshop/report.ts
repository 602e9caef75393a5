// The session report on screen and on paper (the setup screen's Session dialog, "Session report"): the scores, and
// each card with how the teams answered it, from the session record (core/sessionReport). A dialog over the screen,
// text only; its Print puts the report alone on paper (the print stylesheet, ui/arcade.css).
import { getLang } from '../../core/i18n';
import { sessionReport } from '../../core/sessionReport';
import type { SessionRecord } from '../../core/export';
import { W } from './strings';
import { dialog, button } from './room/dialogs';
import { printOnly } from '../../ui/download';

const MARK = { right: '✓', partial: '½', wrong: '✗', info: '·' } as const;

/** The trainer's note on a card, as they typed it (line breaks kept, text only). */
function noteEl(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'report-note';
  p.textContent = W('report.note', { text });
  return p;
}

export function showReport(rec: SessionRecord, onClose: () => void): void {
  const r = sessionReport(rec);
  const when = (iso: string | null): string => (iso ? new Intl.DateTimeFormat(getLang(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)) : '');
  dialog(
    'report',
    W('report.title'),
    (box, close) => {
      const el = (tag: string, text: string): HTMLElement => {
        const e = document.createElement(tag);
        e.textContent = text;
        return e;
      };
      const row = document.createElement('div');
      row.className = 'room-row';
      row.append(
        button(W('report.print'), 'report-print', () => printOnly('print-report'), true),
        button(W('session.close'), 'report-close', close),
      );
      // The buttons first: the report below them is long, and a dialog opens on its first button.
      box.append(row);
      const list = new Intl.ListFormat(getLang(), { type: 'conjunction' });
      box.append(el('p', W('report.when', { start: when(r.startedAt), end: when(r.endedAt) })), el('p', W('report.teams', { list: list.format(r.teams) })));
      box.append(el('h3', W('report.scores')));
      const scores = document.createElement('ol');
      for (const s of r.scores) scores.append(el('li', W('report.score', { team: s.team, score: s.score, max: s.max, cards: s.cards })));
      box.append(scores, el('h3', W('report.cards', { count: r.cards.length })));
      for (const c of r.cards) {
        const section = document.createElement('section');
        section.append(el('h4', c.title));
        const ul = document.createElement('ul');
        for (const a of c.answers) {
          const late = a.late.length > 0 ? ` ${W('report.late', { list: list.format(a.late) })}` : '';
          ul.append(el('li', `${MARK[a.verdict]} ${W('report.answer', { answer: a.answer, count: a.teams.length, list: list.format(a.teams) })}${late}`));
        }
        if (c.silent.length > 0) ul.append(el('li', W('report.silent', { list: list.format(c.silent) })));
        section.append(ul);
        if (c.questions.length > 0) {
          const qs = document.createElement('ul');
          qs.className = 'report-questions';
          for (const q of c.questions) qs.append(el('li', q));
          section.append(el('p', W('report.questions')), qs);
        }
        if (c.note) section.append(noteEl(c.note));
        box.append(section);
      }
      for (const n of r.notes) {
        const section = document.createElement('section');
        section.append(el('h4', n.title), noteEl(n.text));
        box.append(section);
      }
    },
    onClose,
  );
}
