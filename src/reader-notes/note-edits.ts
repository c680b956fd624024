/**
 * What writing a reader's words does to a note, decided against what the store holds at that
 * moment (another tab, or a page left before it saved, may have changed it since the editor read
 * it). Words are never written over words the editor never saw: when the note changed elsewhere
 * meanwhile, both versions are kept and the caller says so. Pure: the store runs this inside the
 * transaction that writes the result.
 */
import type { ReaderNote } from './note-schema.ts';

/** Words typed into a note's editor, and the note as the editor last read it from the store. */
export interface TextEdit {
  note: ReaderNote;
  text: string;
}

export type EditOutcome =
  /** Written over the note as the editor read it. */
  | { kind: 'saved'; note: ReaderNote }
  /** The store already holds these words: nothing written. */
  | { kind: 'unchanged'; note: ReaderNote }
  /** The note was deleted meanwhile (in another tab): written back, with the words. */
  | { kind: 'recreated'; note: ReaderNote }
  /** Another version was written meanwhile: it stays, and the words are a new note on the same passage. */
  | { kind: 'kept-both'; note: ReaderNote; other: ReaderNote };

/** `now`, or just after `after` when the clock says otherwise: a note's versions stay in order. */
export function later(now: string, after: string): string {
  const at = Math.max(Date.parse(now), Date.parse(after) + 1);
  return new Date(at).toISOString();
}

export function applyEdit(stored: ReaderNote | undefined, edit: TextEdit, now: string, newId: () => string): EditOutcome {
  const { note, text } = edit;
  if (!stored) return { kind: 'recreated', note: { ...note, note: text, modified: later(now, note.modified) } };
  if (stored.note === text) return { kind: 'unchanged', note: stored };
  // Unchanged since the editor read it (or changed in nothing but its dates or anchoring).
  if (stored.modified === note.modified || stored.note === note.note) return { kind: 'saved', note: { ...stored, note: text, modified: later(now, stored.modified) } };
  const at = later(now, stored.modified);
  return { kind: 'kept-both', note: { ...stored, id: newId(), note: text, created: at, modified: at }, other: stored };
}
