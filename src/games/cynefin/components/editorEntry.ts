// Cynefin's level editor as the shell's editor frame sees it (GameEntry.loadEditor): the draft model (editor.ts,
// editorDraft.ts), its checks through the game's schema (editorValidate.ts), and the form.
import type { GameEditor } from '../../sdk/editor';
import { newDraft, type Draft } from '../editor';
import { draftFromLevel, parseDraft } from '../editorDraft';
import { validate } from '../editorValidate';
import { renderForm, syncDerived } from './editorForm';

export const cynefinEditor: GameEditor<Draft> = {
  newDraft,
  draftFromLevel,
  parseDraft,
  validate,
  title: (d) => d.title.en,
  firstField: 'title',
  tooFewField: { path: 'cards', button: 'add-card' },
  renderForm,
  syncDerived,
};
