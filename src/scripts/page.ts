/**
 * The little every page does with JavaScript (all of it optional): `/` focuses the search box
 * (the search page's own, where there is one), whose instant search (./header-search.ts) loads
 * on first focus; copy-link buttons copy a claim's link; and a reader arriving from a search
 * result sees the searched words marked (./search-landing.ts, loaded only then). Section pages
 * add their notes (./notes.ts) and paragraph links (./paragraph-links.ts).
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const search = document.querySelector<HTMLInputElement>('#search-query:not([hidden] *)') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!search) return;
  event.preventDefault();
  search.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) button.hidden = false;
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link');
  if (!button?.dataset.permalink) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(new URL(button.dataset.permalink, document.baseURI).href);
    button.textContent = '已复制';
  } catch {
    button.textContent = '复制失败';
  }
  setTimeout(() => (button.textContent = label), 2000);
});

const headerSearch = document.querySelector<HTMLInputElement>('#site-search');
headerSearch?.addEventListener('focus', () => void import('./header-search.ts').then(({ attachHeaderSearch }) => attachHeaderSearch(headerSearch)), { once: true });

if (new URLSearchParams(location.search).has('highlight')) void import('./search-landing.ts');
