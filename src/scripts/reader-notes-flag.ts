/**
 * The synchronous check a page makes before loading anything of the reader's notes: an entry in
 * localStorage, per site and base path like the store (./reader-notes-store.ts), present while the
 * reader has at least one note. It holds where each note's words stood when last saved, so a
 * section page draws its highlights at once, before the store is read (IndexedDB takes tens of
 * milliseconds to open and read); the notes themselves stay in the store.
 */
import type { ReaderNote } from '../reader-notes/note-schema.ts';

export const readerNotesFlag = `reader-notes:${import.meta.env.BASE_URL}`;
// ./page.ts writes the same name out rather than import it (it says why); a browser test holds them together.

export const hasReaderNotes = (): boolean => localStorage.getItem(readerNotesFlag) !== null;

/** A note's words as last saved: its section, where they start and end in its text, and the words. */
export type Place = [section: string, start: number, end: number, exact: string];

/** Keeps the places of all the reader's notes, or removes the entry when there are none. */
export function keepPlaces(notes: readonly ReaderNote[]): void {
  if (notes.length === 0) localStorage.removeItem(readerNotesFlag);
  else localStorage.setItem(readerNotesFlag, JSON.stringify(notes.map((note): Place => [note.section, note.start, note.end, note.exact])));
}

/** The places kept for one section; none when the entry is missing or not as written here. */
export function placesIn(section: string): Place[] {
  try {
    const places: unknown = JSON.parse(localStorage.getItem(readerNotesFlag) ?? '[]');
    if (!Array.isArray(places)) return [];
    return places.filter((place): place is Place => Array.isArray(place) && place[0] === section && Number.isInteger(place[1]) && Number.isInteger(place[2]) && typeof place[3] === 'string');
  } catch {
    return [];
  }
}
