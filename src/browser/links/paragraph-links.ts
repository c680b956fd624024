/**
 * Paragraph self-links (¶) without a Tab stop for every paragraph: with JavaScript only one of them
 * is in the Tab order (the last one used, at first the first), and ↑ ↓, Home and End move between
 * them, a "roving tabindex". Screen readers still find every one as a link.
 *
 * Words without a mouse or caret browsing: on a focused ¶ link, ← and → select the paragraph's
 * previous or next word, Shift+→ and Shift+← grow or shrink the selection by a word
 * (src/links/word-steps.ts); Tab then reaches the control for the selected words. A hint says so
 * beside the focused link.
 *
 * Links to any passage: the first selection of words, or a ¶ link taking focus, loads
 * ./passage-links.ts (bundled on its own, see src/browser/page.ts); and a browser that left a text directive in the hash (no text fragments)
 * is taken to the paragraph named before it.
 */
import passageLinks from './passage-links.ts?worker&url';
import { anchorBeforeDirective } from '../../links/text-fragment.ts';
import { stepWords, wordSpans, type Span, type WordStep } from '../../links/word-steps.ts';
import { announce } from '../announce.ts';

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
  hint.textContent = '↑↓ 其他段落 · ←→ 选词，Shift+←→ 增减一词 · 选好按 Tab：复制链接、划线、批注';
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
    const step = wordSteps[`${event.shiftKey ? 'Shift+' : ''}${event.key}`];
    if (step) {
      event.preventDefault();
      selectWord(links[index]!.parentElement!, step);
      return;
    }
    const to = event.shiftKey ? undefined : { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1 }[event.key];
    const link = to === undefined ? undefined : links[to];
    if (!link) return;
    event.preventDefault();
    link.focus();
  });
}

const wordSteps: Record<string, WordStep> = { ArrowRight: 'next', ArrowLeft: 'previous', 'Shift+ArrowRight': 'extend', 'Shift+ArrowLeft': 'shrink' };

/** The paragraph's text nodes with their offsets in its text. */
function textNodes(unit: Element): { node: Text; start: number }[] {
  const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let start = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start });
    start += node.data.length;
  }
  return nodes;
}

/** One step through a paragraph's words, the focus staying on its ¶ link; the words are said. */
function selectWord(unit: Element, step: WordStep): void {
  const nodes = textNodes(unit);
  const offsetOf = (container: Node, offset: number) => {
    const found = nodes.find(({ node }) => node === container);
    return found ? found.start + offset : undefined;
  };
  const selection = getSelection()!;
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const inUnit = range && !range.collapsed && unit.contains(range.commonAncestorContainer);
  const start = inUnit ? offsetOf(range.startContainer, range.startOffset) : undefined;
  const end = inUnit ? offsetOf(range.endContainer, range.endOffset) : undefined;
  // A selection bounded by elements rather than text starts afresh.
  const current: Span | undefined = start === undefined || end === undefined ? undefined : { start, end };
  const next = stepWords(wordSpans(unit.textContent ?? ''), current, step);
  if (!next) return;
  const at = (offset: number, end: boolean) => {
    const { node, start } = nodes.findLast(({ node, start }) => (end ? start < offset : start <= offset) && offset <= start + node.data.length)!;
    return [node, offset - start] as const;
  };
  const words = document.createRange();
  words.setStart(...at(next.start, false));
  words.setEnd(...at(next.end, true));
  selection.removeAllRanges();
  selection.addRange(words);
  announce(words.toString());
}
