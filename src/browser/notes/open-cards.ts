/**
 * An open claim card, with JavaScript (loaded by ./margin-and-cards.ts when a card first opens):
 * - focus moves into the card and stays there (Tab wraps) while it covers the page; a click on
 *   the dimmed page only closes it, and focus goes back to the marker;
 * - the Back button closes an open card before it leaves the page (each card pushes a history
 *   entry, which closing the card any other way takes back); coming back to that entry from a
 *   page the card linked to opens the card again.
 */
const cards = [...document.querySelectorAll<HTMLElement>('.claim-card')];
const isOpen = (card: HTMLElement) => card.matches(':popover-open');
const markersOf = (card: HTMLElement) => [...document.querySelectorAll<HTMLElement>(`.claim-marker[popovertarget="${card.id}"]`)];
const controlsOf = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('a[href], button')].filter((control) => control.checkVisibility());

/** A card has opened: focus moves in, its history entry is pushed, its marker says it is expanded. */
function opened(card: HTMLElement): void {
  controlsOf(card)[0]?.focus();
  if (history.state?.card !== card.id) history.pushState({ card: card.id }, '');
  // Said by the browser for a popover's invoker; written out for those that do not.
  for (const marker of markersOf(card)) marker.setAttribute('aria-expanded', 'true');
}

for (const card of cards) {
  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') return opened(card);
    for (const marker of markersOf(card)) marker.setAttribute('aria-expanded', 'false');
    // A tap outside leaves focus nowhere: it goes back to the marker, as after Esc.
    if (document.activeElement === document.body) markersOf(card)[0]?.focus({ preventScroll: true });
    // Closing gives the card's history entry back.
    if (history.state?.card === card.id) history.back();
  });
}
// This module loads as the first card opens: that card's toggle event has gone by.
const openBefore = cards.find(isOpen);
if (openBefore) opened(openBefore);

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
