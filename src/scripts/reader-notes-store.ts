/**
 * Where a reader's notes live: IndexedDB (through idb-keyval), one database per site and base
 * path, one entry per note, so two tabs saving different notes never overwrite each other. Tabs
 * hear each other's changes on a BroadcastChannel. A flag in localStorage lets a page decide,
 * synchronously and without loading any of this, whether the reader has notes to draw.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import type { ReaderNote } from '../reader-notes/note-schema.ts';

import { readerNotesFlag } from './reader-notes-flag.ts';

const store = createStore(readerNotesFlag, 'notes');
const channel = new BroadcastChannel(readerNotesFlag);

export const allNotes = async (): Promise<ReaderNote[]> => (await entries<string, ReaderNote>(store)).map(([, note]) => note);

export const getNote = (id: string) => get<ReaderNote>(id, store);

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
  const note = draft?.id === undefined ? undefined : await getNote(draft.id);
  if (note && typeof draft?.note === 'string' && typeof draft.modified === 'string' && Date.parse(draft.modified) > Date.parse(note.modified)) {
    await saveNote({ ...note, note: draft.note, modified: new Date(draft.modified).toISOString() });
  }
}

export async function saveNote(note: ReaderNote): Promise<void> {
  const first = localStorage.getItem(readerNotesFlag) === null;
  await set(note.id, note, store);
  if (readDraft()?.id === note.id) localStorage.removeItem(draftKey);
  localStorage.setItem(readerNotesFlag, '1');
  channel.postMessage({ saved: note.id });
  // Ask once that the browser not evict the notes under storage pressure.
  if (first) void navigator.storage?.persist?.();
}

export async function deleteNote(id: string): Promise<void> {
  await del(id, store);
  if ((await entries(store)).length === 0) localStorage.removeItem(readerNotesFlag);
  channel.postMessage({ deleted: id });
}

/** Calls `changed` when another tab saves or deletes a note. */
export function onOtherTabs(changed: (change: { saved?: string; deleted?: string }) => void): void {
  channel.addEventListener('message', (event: MessageEvent) => changed(event.data as { saved?: string; deleted?: string }));
}
