/**
 * Where a reader's notes live: IndexedDB (through idb-keyval), one database per site and base
 * path, one entry per note, so two tabs saving different notes never overwrite each other. Tabs
 * hear each other's changes on a BroadcastChannel. A flag in localStorage lets a page decide,
 * synchronously and without loading any of this, whether the reader has notes to draw.
 */
import { createStore, del, get, setMany, values } from 'idb-keyval';
import type { ReaderNote } from '../reader-notes/note-schema.ts';

import { hasReaderNotes, keepPlaces, readerNotesFlag } from './reader-notes-flag.ts';

const store = createStore(readerNotesFlag, 'notes');
const channel = new BroadcastChannel(readerNotesFlag);

export const allNotes = (): Promise<ReaderNote[]> => values<ReaderNote>(store);


/**
 * A note's words as they are typed, kept synchronously in localStorage: IndexedDB writes begun as
 * the page is left may be cut off, so the last words typed before a reload or a closed tab are
 * saved from here by the next page (`recoverDraft`).
 */
const draftKey = `${readerNotesFlag}draft`;
interface Draft {
  id: string;
  note: string;
  modified: string;
}
const readDraft = (): Partial<Draft> | undefined => {
  try {
    return JSON.parse(localStorage.getItem(draftKey) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
};

export const keepDraft = (draft: Draft) => localStorage.setItem(draftKey, JSON.stringify(draft));

/** Stores the words of a draft newer than its note (a page left before saving them); drops the draft. */
export async function recoverDraft(): Promise<void> {
  const draft = readDraft();
  localStorage.removeItem(draftKey);
  const note = draft?.id === undefined ? undefined : await get<ReaderNote>(draft.id, store);
  if (note && typeof draft?.note === 'string' && typeof draft.modified === 'string' && Date.parse(draft.modified) > Date.parse(note.modified)) {
    await saveNote({ ...note, note: draft.note, modified: new Date(draft.modified).toISOString() });
  }
}

/** After a change: the places kept for the next page's synchronous check, and word to the other tabs. */
async function changed(change: { saved?: string; deleted?: string }): Promise<void> {
  keepPlaces(await allNotes());
  channel.postMessage(change);
}

/** Saves notes in one transaction (an import of hundreds is one write, not hundreds). */
export async function saveNotes(notes: readonly ReaderNote[]): Promise<void> {
  if (notes.length === 0) return;
  const first = !hasReaderNotes();
  await setMany(notes.map((note) => [note.id, note]), store);
  if (notes.some((note) => note.id === readDraft()?.id)) localStorage.removeItem(draftKey);
  await changed({ saved: notes[0]!.id });
  // Ask once that the browser not evict the notes under storage pressure.
  if (first) void navigator.storage?.persist?.();
}

export const saveNote = (note: ReaderNote) => saveNotes([note]);

export async function deleteNote(id: string): Promise<void> {
  await del(id, store);
  await changed({ deleted: id });
}

/** Calls `changed` when another tab saves or deletes a note. */
export function onOtherTabs(changed: (change: { saved?: string; deleted?: string }) => void): void {
  channel.addEventListener('message', (event: MessageEvent) => changed(event.data as { saved?: string; deleted?: string }));
}
