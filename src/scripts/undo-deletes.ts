/**
 * Deleting a reader's note with undo, on a section page and on /notes/: every deletion of the
 * page's visit can be taken back, the latest first (two quick 删除 give two 撤销). What comes back
 * is the note as the store held it when deleted, never a view's older copy.
 */
import { deleteNote, getNote, saveNotes } from './reader-notes-store.ts';
import type { ReaderNote } from '../reader-notes/note-schema.ts';

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

/**
 * Re-renders a list and puts focus back on the same control of the same note (or the undo
 * button), so a redraw after a write never drops the reader's place.
 */
export function keepingFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active);
  const note = inside ? active.closest<HTMLElement>('[data-note]')?.dataset.note : undefined;
  const act = inside ? active.dataset.act : undefined;
  render();
  if (!inside) return;
  const again =
    (note && act ? container.querySelector<HTMLElement>(`[data-note="${CSS.escape(note)}"] [data-act="${act}"]`) : null) ??
    (act === 'undo' ? container.querySelector<HTMLElement>('[data-act="undo"]') : null) ??
    container.querySelector<HTMLElement>('[data-act="undo"], h2');
  if (again) {
    if (!again.matches('button, a[href]') && !again.hasAttribute('tabindex')) again.tabIndex = -1;
    // Where it was: a redraw moves nothing the reader sees (margin items are placed after it).
    again.focus({ preventScroll: true });
  }
}
