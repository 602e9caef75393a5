// The setup screen's Session dialog: what the session holds and whether it was exported, a new session only after
// asking (the current one kept as the previous, which can be restored), and a session file imported or merged.
// Nothing here erases answers: the worst a click does is swap the current session with the previous one.
import { a11y } from '../../ui/a11y';
import { W } from './strings';
import { dialog, button } from './room/dialogs';
import { importSession, restorePrevious, sessionSettled, sessionStatus, startNewSession } from './sessions';
import type { Workshop } from './workshop';
import { exportSession } from './download';

/** A session file larger than this is not one (a full session of 5,000 answers is about 2 MB). */
const MAX_FILE = 5 * 1024 * 1024;

/** Opens the dialog; `changed` runs after anything in the session changed (the setup screen redraws). */
export function showSessionDialog(w: Workshop, changed: () => void): void {
  dialog(
    'session',
    W('session.title'),
    (box, close) => {
      const status = document.createElement('p');
      const said = document.createElement('p');
      said.setAttribute('role', 'status');
      said.dataset.id = 'session-said';
      const actions = document.createElement('div');
      actions.className = 'room-row';
      const say = (text: string): void => {
        said.textContent = text;
      };
      const file = document.createElement('input');
      file.type = 'file';
      file.accept = '.json,application/json';
      file.id = 'session-file';
      file.dataset.id = 'session-file';
      const fileLabel = document.createElement('label');
      fileLabel.htmlFor = file.id;
      fileLabel.textContent = W('session.import');
      file.addEventListener('change', () => {
        const f = file.files?.[0];
        file.value = '';
        if (!f) return;
        if (f.size > MAX_FILE) return say(W('session.tooBig'));
        void f.text().then(async (text) => {
          const r = await importSession(w, text);
          if ('problem' in r) return say(W('session.importProblem', { problem: r.problem }));
          say(W('session.imported', { count: r.answers, merged: r.merged ? 'yes' : 'no' }));
          draw();
          changed();
        });
      });
      const draw = (): void => {
        const s = sessionStatus(w);
        status.textContent = `${W('session.status', { count: s.answers })}${s.answers > 0 ? ` ${W(s.exported ? 'session.exported' : 'session.notExported')}` : ''}`;
        actions.replaceChildren(
          button(W('session.new'), 'session-new', () => confirmNew(), true),
          ...(s.previous !== null
            ? [
                button(W('session.restore', { count: s.previous }), 'session-restore', () => {
                  void restorePrevious(w).then((ok) => {
                    if (!ok) return;
                    say(W('session.restored', { count: sessionStatus(w).answers }));
                    draw();
                    changed();
                  });
                }),
              ]
            : []),
          ...(s.answers > 0 ? [button(W('report.button'), 'session-report', () => void openReport())] : []),
          button(W('session.close'), 'session-close', close),
        );
      };
      const openReport = async (): Promise<void> => {
        await sessionSettled();
        const rec = w.session;
        if (!rec) return;
        const { showReport } = await import('./report');
        showReport(rec, () => undefined);
      };
      const confirmNew = (): void => {
        const s = sessionStatus(w);
        if (s.answers === 0) return void startNewSession(w).then(done);
        status.textContent = s.exported ? W('session.confirmExported') : W('session.confirmNotExported', { count: s.answers });
        const yes = button(W('session.confirmYes'), 'session-new-yes', () => void startNewSession(w).then(done), true);
        actions.replaceChildren(
          ...(s.exported ? [] : [button(W('session.exportFirst'), 'session-export', () => void exportSession(w, 'json').then(draw))]),
          yes,
          button(W('session.cancel'), 'session-cancel', draw),
        );
        yes.focus();
      };
      const done = (): void => {
        close();
        changed();
        a11y().announce(W('setup.newSessionDone'));
      };
      draw();
      box.append(status, actions, fileLabel, file, said);
    },
    () => undefined,
  );
}
