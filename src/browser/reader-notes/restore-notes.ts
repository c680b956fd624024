/**
 * What a page showing a reader's notes does as it opens (a section page, /notes/): redraw on every
 * change, store the drafts pages left behind, draw, then mend the notes saved while the passage
 * control stood inside the text (their context holds its labels; src/reader-notes/mend-notes.ts),
 * from the notes the first drawing read. Whatever fails, or had to be kept beside another
 * version, is said.
 */
import { onChange, recoverDrafts, recoveredBeside, saveNotes } from './store.ts';
import { mendNote } from '../../reader-notes/mend-notes.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

export async function restoreNotes(view: {
  /** Reads the notes from the store and shows them. */
  redraw: () => Promise<void>;
  /** The notes the last drawing showed. */
  shown: () => readonly ReaderNote[];
  /** The text a note's section holds now. */
  textOf: (note: ReaderNote) => string;
  say: (message: string) => void;
}): Promise<void> {
  onChange(() => void view.redraw());
  await recoverDrafts((outcome) => outcome.kind === 'kept-both' && view.say(recoveredBeside)).catch((error: Error) => view.say(error.message));
  await view.redraw();
  await saveNotes(view.shown().flatMap((note) => mendNote(note, view.textOf(note)) ?? [])).catch((error: Error) => view.say(error.message));
}
