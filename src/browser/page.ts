/**
 * The little every page does with JavaScript (all of it optional): `/` focuses the search box
 * (the search page's own, where there is one), whose instant search (src/browser/search/header-box.ts) loads
 * on first focus; copy buttons copy a claim's link or a citation, said in the live region; and a reader arriving from a search
 * result sees the searched words marked (src/browser/search/landing.ts, loaded only then); a reader with notes
 * of their own gets them (src/browser/reader-notes/section-notes.ts, loaded only then). Section pages add the editor's notes
 * (src/browser/notes/margin-and-cards.ts) and paragraph links (src/browser/links/paragraph-links.ts).
 *
 * The two scripts loaded on demand are bundled as self-contained modules (Vite's worker bundling
 * gives one and its URL), so loading one is a plain import(): an import() Vite analyses would add
 * Vite's preload helper, about 0.9 KB gzip, to every page, which never needs it.
 */
import headerSearch from './search/header-box.ts?worker&url';
import searchLanding from './search/landing.ts?worker&url';
import readerNotes from './reader-notes/section-notes.ts?worker&url';
import { announce } from './announce.ts';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || (event.target as Element).closest?.('input,textarea,select,[contenteditable]')) return;
  // The last box in the page: the search page's own, or the header's.
  const search = [...document.querySelectorAll<HTMLInputElement>('#site-search,#search-query')].pop();
  if (!search) return;
  event.preventDefault();
  search.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) button.hidden = false;
// A reader with notes of their own gets them drawn on a section page (src/browser/reader-notes/section-notes.ts), also when
// the first note is made in another tab; others load nothing. Whether they have notes was read
// before the first paint by the header's inline script (../reader-notes/notes-link-script.ts),
// which shows the header's link to them; the `storage` event names the same flag
// (src/browser/reader-notes/flag.ts), written out: importing that module here and in the notes' page would
// make it a chunk of its own, one more request on every page.
const loadNotes = () => document.getElementById('text') && void import(/* @vite-ignore */ readerNotes);
if (!document.querySelector<HTMLElement>('.notes-link')!.hidden) loadNotes();
else addEventListener('storage', (event) => event.key === `reader-notes:${import.meta.env.BASE_URL}` && event.newValue && loadNotes());
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link');
  // A permalink (made absolute; in a card, its 论断页面 link's), or the text of an element (a citation).
  const { permalink, copyFrom } = button?.dataset ?? {};
  const text = permalink ? new URL(permalink, document.baseURI).href : copyFrom ? document.getElementById(copyFrom)?.textContent : button?.parentElement?.querySelector<HTMLAnchorElement>('.card-permalink')?.href;
  if (!button || !text) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    button.textContent = '复制失败';
  }
  announce(button.textContent);
  setTimeout(() => (button.textContent = label), 2000);
});

document.querySelector('#site-search')?.addEventListener('focus', () => void import(/* @vite-ignore */ headerSearch), { once: true });

if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ searchLanding);
