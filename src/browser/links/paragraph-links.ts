/**
 * Paragraph self-links (¶) without a Tab stop for every paragraph: with JavaScript only one of them
 * is in the Tab order (the last one used, at first the first), and the arrow keys, Home and End
 * move between them, a "roving tabindex". Screen readers still find every one as a link.
 *
 * Links to any passage: the first selection of words loads ./passage-links.ts (bundled on its
 * own, see src/browser/page.ts); and a browser that left a text directive in the hash (no text fragments)
 * is taken to the paragraph named before it.
 */
import passageLinks from './passage-links.ts?worker&url';
import { anchorBeforeDirective } from '../../links/text-fragment.ts';

document.addEventListener('selectionchange', function load() {
  if (getSelection()?.isCollapsed !== false) return;
  document.removeEventListener('selectionchange', load);
  void import(/* @vite-ignore */ passageLinks);
});
const anchor = anchorBeforeDirective(location.hash);
if (anchor) document.getElementById(anchor)?.scrollIntoView();
const links = [...document.querySelectorAll<HTMLAnchorElement>('#text .self-link')];

if (links.length > 0) {
  const hint = document.createElement('span');
  hint.id = 'self-link-hint';
  hint.hidden = true;
  hint.textContent = '用上下方向键移到其他段落的链接';
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
    if (links.includes(event.target as HTMLAnchorElement)) rove(event.target as HTMLAnchorElement);
  });
  document.addEventListener('keydown', (event) => {
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: links.length - 1 }[event.key];
    const link = to === undefined ? undefined : links[to];
    if (!link) return;
    event.preventDefault();
    link.focus();
  });
}
