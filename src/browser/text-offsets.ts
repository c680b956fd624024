/**
 * Text offsets in an element's text (its textContent, as src/links/text-selectors.ts counts them)
 * and DOM Ranges, both ways: a reader's highlights (./reader-notes/highlights.ts) and words
 * selected by keyboard (./links/select-words.ts) both need them.
 */

/** The text nodes of `container` in document order, each with its offset in the container's text. */
export function textNodes(container: Element): { node: Text; start: number }[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: at });
    at += (node as Text).data.length;
  }
  return nodes;
}

/** Where offset `at` falls: the text node holding it and the offset inside. */
function pointAt(nodes: readonly { node: Text; start: number }[], at: number, end: boolean): [Text, number] | undefined {
  // Binary search: restoring hundreds of notes stays linear in the text, not quadratic.
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (nodes[middle]!.start < at || (!end && nodes[middle]!.start === at)) low = middle;
    else high = middle - 1;
  }
  const found = nodes[low];
  return found && at - found.start <= found.node.data.length ? [found.node, at - found.start] : undefined;
}

/** A Range over `[start, end)` of the container's text. */
export function rangeAt(container: Element, start: number, end: number, nodes = textNodes(container)): Range | undefined {
  const from = pointAt(nodes, start, false);
  const to = pointAt(nodes, end, true);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** The container's text offsets of a Range inside it. */
export function offsetsOf(container: Element, range: Range): { start: number; end: number } {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
