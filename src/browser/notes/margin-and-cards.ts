/**
 * Claim cards and the reader's choice of notes, with JavaScript. Without it the cards are native
 * popovers (Esc or a click outside closes one, focus goes back to its marker) and the choice lasts
 * for the page; with it:
 * - an opened card takes focus and keeps it, and Back closes it (./open-cards.ts, loaded when a
 *   card first opens, or when Back comes into a card's history entry);
 * - the × of the bar a reader arrived with puts the bar away;
 * - the choice of notes is remembered across pages (restored by the page's inline script), and
 *   the type boxes are disabled while all notes are off.
 */
import openCards from './open-cards.ts?worker&url';
import { notesPreferenceKey, noteTypesId, showNotesId, type NotesPreference } from '../../notes-view/note-choice.ts';

const loadOpenCards = () => void import(/* @vite-ignore */ openCards);
// Toggle events do not bubble: a card's opening is caught on its way down.
document.addEventListener('toggle', (event) => (event as ToggleEvent).newState === 'open' && (event.target as Element).matches('.claim-card') && loadOpenCards(), true);
if (history.state?.card) loadOpenCards();

// The × of the bar a reader arrived with puts the bar away (its popovertarget would open the card).
document.addEventListener('click', (event) => {
  const card = (event.target as Element).closest('.card-close')?.closest<HTMLElement>('.claim-card');
  if (card && !card.matches(':popover-open')) {
    event.preventDefault();
    card.dataset.dismissed = '';
  }
});

// A section offers only the types it has: types hidden on other pages stay hidden.
const settings = document.querySelector('.note-settings');
settings?.addEventListener('change', () => {
  const all = document.querySelector<HTMLInputElement>(`#${showNotesId}`)!.checked;
  document.querySelector<HTMLFieldSetElement>(`#${noteTypesId}`)!.disabled = !all;
  const boxes = [...settings.querySelectorAll<HTMLInputElement>('input[data-type]')];
  const offered = new Set(boxes.map((box) => box.dataset.type));
  try {
    const saved = JSON.parse(localStorage.getItem(notesPreferenceKey) ?? 'null') as Partial<NotesPreference> | null;
    const preference: NotesPreference = {
      all,
      hidden: [
        ...(Array.isArray(saved?.hidden) ? saved.hidden.filter((type) => !offered.has(type)) : []),
        ...boxes.filter((box) => !box.checked).map((box) => box.dataset.type!),
      ],
    };
    localStorage.setItem(notesPreferenceKey, JSON.stringify(preference));
  } catch {
    // Storage refused (private mode, quota) or spoilt: the choice lasts for this page.
  }
});
