/**
 * Paragraph self-links (¶) without a Tab stop for every paragraph: with JavaScript only one of them
 * is in the Tab order (the last one used, at first the first), and ↑ ↓, Home and End move between
 * them, a "roving tabindex". Screen readers still find every one as a link.
 *
 * Words without a mouse or caret browsing: on a focused ¶ link, ← and → select the paragraph's
 * previous or next word, Shift+→ and Shift+← grow or shrink the selection by a word
 * (./select-words.ts, loaded on the first such key, so the page's own script stays small and
 * inline); Tab then reaches the control for the selected words. A hint says so beside the
 * focused link.
 *
 * Links to any passage: the first selection of words, or a ¶ link taking focus, loads
 * ./passage-links.ts (bundled on its own, see src/browser/page.ts); and a browser that left a text
 * directive in the hash (no text fragments) is taken to the paragraph named before it.
 */
import passageLinks from './passage-links.ts?worker&url';
import { anchorBeforeDirective } from '../../links/text-fragment.ts';
import selectWords from './select-words.ts?worker&url';
import type { SelectRequest } from './select-words.ts';

let passageControl: Promise<unknown> | undefined;
const loadPassageControl = () => void (passageControl ??= import(/* @vite-ignore */ passageLinks));
document.addEventListener('selectionchange', function load() {
  if (getSelection()?.isCollapsed !== false) return;
  document.removeEventListener('selectionchange', load);
  loadPassageControl();
});
const anchor = anchorBeforeDirective(location.hash);
if (anchor) document.getElementById(anchor)?.scrollIntoView();
const links = [...document.querySelectorAll<HTMLAnchorElement>('#text .self-link')];

if (links.length > 0) {
  const hint = document.createElement('span');
  hint.id = 'self-link-hint';
  hint.textContent = '↑↓ 段落 · ←→ 选词 · Shift+←→ 增减一词 · Tab：复制链接、划线、批注';
  document.getElementById('text')!.after(hint);

  let current = links[0]!;
  const rove = (link: HTMLAnchorElement) => {
    current.tabIndex = -1;
    link.tabIndex = 0;
    current = link;
  };
  for (const link of links) {
    link.tabIndex = -1;
    link.setAttribute('aria-describedby', hint.id);
  }
  current.tabIndex = 0;

  document.addEventListener('focusin', (event) => {
    if (!links.includes(event.target as HTMLAnchorElement)) return;
    rove(event.target as HTMLAnchorElement);
    // A ¶ link reached by keyboard may select words next: the control for them is ready by then.
    loadPassageControl();
  });
  document.addEventListener('keydown', (event) => {
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const request: SelectRequest = { unit: links[index]!.parentElement!, key: event.key, shift: event.shiftKey };
      void import(/* @vite-ignore */ selectWords).then(() => document.dispatchEvent(new CustomEvent('paragraph-links:select', { detail: request })));
      return;
    }
    const to = event.shiftKey ? undefined : { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 }[event.key];
    const link = to === undefined ? undefined : links[to];
    if (!link) return;
    event.preventDefault();
    link.focus();
  });
}
