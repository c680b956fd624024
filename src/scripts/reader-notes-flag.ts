/**
 * The synchronous check a page makes before loading anything of the reader's notes: a flag in
 * localStorage, set by ./reader-notes-store.ts while the reader has at least one note, per site
 * and base path like the store itself.
 */
export const readerNotesFlag = `reader-notes:${import.meta.env.BASE_URL}`;

export const hasReaderNotes = (): boolean => localStorage.getItem(readerNotesFlag) !== null;
// ./page.ts writes the same name out rather than import it (it says why); a browser test holds them together.
