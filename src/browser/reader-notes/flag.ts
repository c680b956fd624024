/**
 * The synchronous check a page makes before loading anything of the reader's notes: an entry in
 * localStorage, per site and base path like the store (src/browser/reader-notes/store.ts), present while the
 * reader has at least one note. It holds where each note's words stood when last saved, so a
 * section page draws its highlights at once, before the store is read (IndexedDB takes tens of
 * milliseconds to open and read); the notes themselves stay in the store. The words are kept as a
 * short checksum, never copied: the entry stays small however long the notes (about 40 bytes a
 * note), where copying every quote once overflowed localStorage at a few million characters.
 *
 * Every access is guarded: a browser that blocks site storage throws on reading localStorage.
 */
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

export const readerNotesFlag = `reader-notes:${import.meta.env.BASE_URL}`;
// src/browser/page.ts and src/reader-notes/notes-link-script.ts write the same name out rather than import it (page.ts
// says why); a browser test holds them together.

/** localStorage, or `undefined` where the browser refuses site storage. */
export function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export const hasReaderNotes = (): boolean => localStore()?.getItem(readerNotesFlag) != null;

/** A note's words as last saved: its section, where they start and end in its text, and a checksum of the words. */
export type Place = [section: string, start: number, end: number, sum: string];

/** FNV-1a over the UTF-16 code units, in base 36: tells whether the words at a place are still the same. */
export function checksum(words: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < words.length; index += 1) hash = Math.imul(hash ^ words.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Keeps the places of all the reader's notes, or removes the entry when there are none. Returns
 * false when the browser refused even the bare flag (storage full or blocked): the caller says so,
 * since the next page would not know the reader has notes.
 */
export function keepPlaces(notes: readonly ReaderNote[]): boolean {
  const store = localStore();
  if (!store) return false;
  try {
    if (notes.length === 0) store.removeItem(readerNotesFlag);
    else store.setItem(readerNotesFlag, JSON.stringify(notes.map((note): Place => [note.section, note.start, note.end, checksum(note.exact)])));
    return true;
  } catch {
    // Full: the flag without places still tells the next page to load the notes.
    try {
      store.setItem(readerNotesFlag, '[]');
      return true;
    } catch {
      return false;
    }
  }
}

/** The places kept for one section; none when the entry is missing or not as written here. */
export function placesIn(section: string): Place[] {
  try {
    const places: unknown = JSON.parse(localStore()?.getItem(readerNotesFlag) ?? '[]');
    if (!Array.isArray(places)) return [];
    return places.filter((place): place is Place => Array.isArray(place) && place[0] === section && Number.isInteger(place[1]) && Number.isInteger(place[2]) && typeof place[3] === 'string');
  } catch {
    return [];
  }
}
