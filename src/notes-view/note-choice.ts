/**
 * The reader's choice of notes on a section page (NoteSettings.astro): one checkbox for all notes
 * and one per claim type. Unticking one quiets those marks and hides those notes, by `:has()` rules
 * in the page's own style (./note-styles.ts), so it works without JavaScript. With JavaScript the
 * choice is saved (src/browser/notes/margin-and-cards.ts) and restored by a small inline script (./note-styles.ts)
 * that runs right after the boxes are parsed, before the text is drawn, so notes never flash.
 */
/** The checkbox that shows or hides every note. */
export const showNotesId = 'show-notes';
/** The group of type boxes, disabled while every note is off. */
export const noteTypesId = 'note-types';
/** The checkbox that shows or hides the notes of one claim type. */
export const showTypeId = (type: string) => `show-${type}`;
/** The checkbox that shows or hides the reader's own notes; saved and restored as the type `mine`. */
export const showMineId = showTypeId('mine');
/** Where the choice is remembered: `{ all: boolean, hidden: ClaimType[] }` as JSON. */
export const notesPreferenceKey = 'seven-truths:notes';

export interface NotesPreference {
  all: boolean;
  hidden: string[];
}
