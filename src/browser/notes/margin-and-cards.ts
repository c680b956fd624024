/**
 * Claim cards and the reader's choice of notes, with JavaScript. Without it the cards are native
 * popovers (Esc or a click outside closes one, focus goes back to its marker) and the choice lasts
 * for the page; with it:
 * - an opened card takes focus and keeps it (Tab wraps) while it covers the page;
 * - the Back button closes an open card before it leaves the page (each card pushes a history
 *   entry, which closing the card any other way takes back); coming back to that entry from a
 *   page the card linked to opens the card again;
 * - the choice of notes is remembered across pages (restored by the page's inline script), and
 *   the type boxes are disabled while all notes are off.
 */
import { notesPreferenceKey, noteTypesId, showNotesId, type NotesPreference } from '../../notes-view/note-choice.ts';

const cards = [...document.querySelectorAll<HTMLElement>('.claim-card')];
const isOpen = (card: HTMLElement) => card.matches(':popover-open');
const markersOf = (card: HTMLElement) => [...document.querySelectorAll<HTMLElement>(`.claim-marker[popovertarget="${card.id}"]`)];
const controlsOf = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('a[href], button')].filter((control) => control.checkVisibility());

for (const card of cards) {
  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') {
      controlsOf(card)[0]?.focus();
      if (history.state?.card !== card.id) history.pushState({ card: card.id }, '');
      markersOf(card).forEach((marker) => marker.setAttribute('aria-expanded', 'true'));
      return;
    }
    markersOf(card).forEach((marker) => marker.setAttribute('aria-expanded', 'false'));
    // A tap outside leaves focus nowhere: it goes back to the marker, as after Esc.
    if (document.activeElement === document.body) markersOf(card)[0]?.focus({ preventScroll: true });
    // Closing gives the card's history entry back.
    if (history.state?.card === card.id) history.back();
  });
}
// Said by the browser for a popover's invoker; written out for those that do not.
for (const marker of document.querySelectorAll('.claim-marker')) marker.setAttribute('aria-expanded', 'false');

// The page behind an open card is dimmed: a tap or click there only closes the card (which the
// popover does itself), and reaches no link or marker under it.
let outside = false;
addEventListener('pointerdown', (event) => {
  const open = cards.find(isOpen);
  outside = Boolean(open && !open.contains(event.target as Node));
}, true);
addEventListener('click', (event) => {
  // A click from the keyboard (detail 0) had no press outside.
  if (!outside || event.detail === 0) return;
  outside = false;
  event.preventDefault();
  event.stopPropagation();
}, true);

addEventListener('popstate', () => {
  for (const card of cards) if (isOpen(card)) card.hidePopover();
});

// Back from a page a card linked to, into the card's own history entry: the card was open there.
const reopened = cards.find((card) => card.id === history.state?.card);
if (reopened && !isOpen(reopened)) reopened.showPopover();

// The × of the bar a reader arrived with puts the bar away (its popovertarget would open the card).
document.addEventListener('click', (event) => {
  const close = (event.target as Element).closest<HTMLButtonElement>('.card-close');
  const card = close?.closest<HTMLElement>('.claim-card');
  if (card && !isOpen(card)) {
    event.preventDefault();
    card.dataset.dismissed = '';
  }
});

// Focus stays in an open card: Tab and Shift+Tab wrap around its controls.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab') return;
  const card = cards.find(isOpen);
  if (!card) return;
  const controls = controlsOf(card);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !card.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !card.contains(active))) {
    event.preventDefault();
    first.focus();
  }
});

// Notes in the margin, with titles of up to three lines, can run below the text's last line: the
// essay makes room for them, so they never stand beside the way on. Their places follow their
// marks, not the room, so one measure is enough; again when the width or the choice of notes changes.
const essay = document.querySelector<HTMLElement>('.essay');
function roomForNotes(): void {
  if (!essay) return;
  essay.style.removeProperty('padding-bottom');
  const inMargin = cards.filter((card) => !isOpen(card) && card.checkVisibility() && getComputedStyle(card).position === 'absolute');
  if (inMargin.length === 0) return;
  const below = Math.max(...inMargin.map((card) => card.getBoundingClientRect().bottom)) - essay.getBoundingClientRect().bottom;
  if (below > 0) essay.style.paddingBottom = `calc(${getComputedStyle(essay).paddingBottom} + ${Math.ceil(below)}px)`;
}
roomForNotes();
let resizing = 0;
addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(roomForNotes);
});

// A section offers only the types it has: types hidden on other pages stay hidden.
const settings = document.querySelector('.note-settings');
settings?.addEventListener('change', () => {
  roomForNotes();
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
