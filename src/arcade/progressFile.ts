// Settings' "Save my progress to a file" and "Restore progress from a file": a self-learner's scores, stars,
// library and checks go with them to another device or survive a cleared browser. Restoring merges and names what
// is wrong with a file (core/progress); it is said out loud and shown. Loaded when one of the two is pressed.
import { progressFile, readProgress, mergeLearning, mergeLevels, MAX_PROGRESS_CHARS } from '../core/progress';
import { download, pickFile } from '../ui/download';
import { flash } from '../ui/flash';
import { svc } from './services';
import { T } from './strings';

export function saveProgress(): void {
  const s = svc();
  const now = Date.now();
  const name = `learning-arcade-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
  download(name, progressFile({ levels: s.store.snapshot().levels, ...s.learning.snapshot() }, now), 'application/json');
  flash(T('progress.saved', { file: name }));
}

/** Opens the file picker; a progress file chosen is merged in. `done` runs after a change (the screen redraws). */
export function restoreProgress(done: () => void): void {
  pickFile('.json,application/json', T('settings.progressLoad'), (f) => {
    if (f.size > MAX_PROGRESS_CHARS) return flash(T('progress.problem', { file: f.name, problem: T('progress.tooBig') }), true);
    void f.text().then((text) => {
      const r = readProgress(text);
      if ('problem' in r) return flash(T('progress.problem', { file: f.name, problem: r.problem }), true);
      const s = svc();
      s.store.setLevels(mergeLevels(s.store.snapshot().levels, r.progress.levels));
      s.learning.setProgress(mergeLearning(s.learning.snapshot(), r.progress));
      flash(T('progress.restored', { levels: Object.keys(r.progress.levels).length, library: r.progress.library.length, dropped: r.dropped }));
      done();
    });
  });
}
