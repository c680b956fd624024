/**
 * Arriving from a search result (`?highlight=…`): the searched words are marked in the text,
 * in their own colour, distinct from the claim or paragraph the link targets. When the words
 * matched only the claim's titles or keywords (an English query on Chinese text), the claim
 * itself is marked as the match. Loaded by src/browser/page.ts only on such arrivals.
 */
import stylesheet from '../../styles/search-landing.css?url';
import { addStylesheet } from '../add-stylesheet.ts';

addStylesheet(stylesheet);
const base = import.meta.env.BASE_URL;
const { default: PagefindHighlight } = await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`);
new PagefindHighlight({ highlightParam: 'highlight', markContext: '#main', addStyles: false });

const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const claim = target?.closest<HTMLElement>('.claim');
if (claim && !claim.querySelector('mark.pagefind-highlight')) claim.classList.add('search-match');
