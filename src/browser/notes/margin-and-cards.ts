/**
 * Claim cards and the reader's choice of notes, with JavaScript. Without it the cards are native
 * popovers and the choice lasts for the page; with it:
 * - a marker opens its card as a modal dialog: focus moves in and stays there (Tab wraps), the
 *   page behind is inert, Esc or a click outside closes it and focus returns to the marker;
 * - the Back button closes an open card before it leaves the page (each card pushes a history
 *   entry, which closing the card any other way takes back); coming back to that entry from a
 *   page the card linked to opens the card again;
 * - a card is a dialog only while it is open: in the margin or the arrival bar it is a note;
 * - the choice of notes is remembered across pages (restored by the page's inline script), and
 *   the type boxes are disabled while all notes are off.
 */
import { notesPreferenceKey, noteTypesId, showNotesId, type NotesPreference } from '../../notes-view/note-choice.ts';

const cards = [...document.querySelectorAll<HTMLDialogElement>('dialog.claim-card')];

function cardOf(button: HTMLButtonElement): HTMLDialogElement | undefined {
  return cards.find((card) => card.id === button.getAttribute('popovertarget'));
}

function modal(card: HTMLDialogElement): void {
  card.removeAttribute('role');
  card.showModal();
}

function open(card: HTMLDialogElement): void {
  for (const other of cards) if (other.open) other.close();
  modal(card);
  history.pushState({ card: card.id }, '');
}

for (const card of cards) {
  card.role = 'note';
  // Light dismiss where the browser knows `closedby`; the click handler below does it elsewhere.
  card.setAttribute('closedby', 'any');
  card.addEventListener('close', () => {
    card.role = 'note';
    // Closing gives the card's history entry back.
    if (history.state?.card === card.id) history.back();
  });
  card.addEventListener('click', (event) => {
    if (!card.open || event.target !== card) return;
    const box = card.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) card.close();
  });
}

addEventListener('popstate', () => {
  for (const card of cards) if (card.open) card.close();
});

// Back from a page a card linked to, into the card's own history entry: the card was open there.
const reopened = cards.find((card) => card.id === history.state?.card);
if (reopened && !reopened.open) modal(reopened);

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const button = target.closest<HTMLButtonElement>('button[popovertarget]');
  const card = button && cardOf(button);
  if (button && card) {
    // The modal dialog takes the popover's place.
    event.preventDefault();
    if (card.open) card.close();
    // The × of the bar a reader arrived with puts the bar away.
    else if (button.matches('.card-close')) card.dataset.dismissed = '';
    else open(card);
  }
});

// Focus stays in an open card: Tab and Shift+Tab wrap around its controls.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab') return;
  const card = cards.find((candidate) => candidate.open);
  if (!card) return;
  const controls = [...card.querySelectorAll<HTMLElement>('a[href], button')].filter((control) => control.checkVisibility());
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
