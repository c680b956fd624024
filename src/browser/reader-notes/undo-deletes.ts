/**
 * Deleting a reader's note with undo, on a section page and on /notes/: every deletion of the
 * page's visit can be taken back, the latest first (two quick 删除 give two 撤销). What comes back
 * is the note as the store held it when deleted, never a view's older copy.
 */
import { deleteNote, getNote, saveNotes } from './store.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

export interface UndoDeletes {
  /** How many deletions can be undone. */
  readonly count: number;
  remove(id: string): Promise<void>;
  /** Restores the latest deletion still undone; returns it. */
  undo(): Promise<ReaderNote | undefined>;
  /** The line offering 撤销 while any deletion can be undone (its button is `[data-act="undo"]`). */
  line(className: string): HTMLParagraphElement | undefined;
}

export function undoDeletes(): UndoDeletes {
  const deleted: ReaderNote[] = [];
  return {
    get count() {
      return deleted.length;
    },
    async remove(id) {
      const note = await deleteNote(id);
      if (note) deleted.push(note);
    },
    async undo() {
      const note = deleted.pop();
      if (!note) return undefined;
      // Written again only if no newer copy came back meanwhile (from another tab or a file).
      const now = await getNote(note.id);
      if (!now || Date.parse(now.modified) < Date.parse(note.modified)) await saveNotes([note]);
      return note;
    },
    line(className) {
      if (deleted.length === 0) return undefined;
      const line = document.createElement('p');
      line.className = className;
      line.append(`已删除 ${deleted.length} 条批注。`);
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.act = 'undo';
      button.textContent = deleted.length > 1 ? '撤销最近一条' : '撤销';
      line.append(button);
      return line;
    },
  };
}
