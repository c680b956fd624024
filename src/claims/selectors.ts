/**
 * W3C Web Annotation selectors for each claim, over the text of the rendered section (hast →
 * data): the text content of the section page's `#text` element, which is exactly the HTML the
 * unified processor produced. Because markers and self-links carry no text, a claim's `exact`
 * text is its quote, with the line breaks between blocks as the browser sees them.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describeText, type TextSelectors } from '../links/text-selectors.ts';
import type { Block, SectionText } from '../links/note-link.ts';

export type ClaimSelectors = TextSelectors;

/** The section's text as the browser's `#text` element holds it, where each claim and each block stands in it. */
function readSection(html: string): { text: string; spans: Map<string, { start: number; end: number }>; blocks: Block[] } {
  const tree = fromHtml(html, { fragment: true });
  const spans = new Map<string, { start: number; end: number }>();
  const blocks: Block[] = [];
  let text = '';
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') {
      text += node.value;
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    const start = text.length;
    for (const child of node.children) walk(child);
    const id = node.type === 'element' ? claimIdOf(node) : undefined;
    if (id) spans.set(id, { start, end: text.length });
    if (node.type === 'element' && isBlock(node)) blocks.push([String(node.properties.id), start, text.length]);
  };
  walk(tree);
  blocks.sort((a, b) => a[1] - b[1]);
  return { text, spans, blocks };
}

/** A paragraph or list item with its own anchor: where a passage link lands (src/links/note-link.ts). */
const isBlock = (element: Element) => (element.tagName === 'p' || element.tagName === 'li') && /^p\d+(?:-\d+)?$/.test(String(element.properties.id ?? ''));

/** The text a reader's notes are anchored in (src/links/text-selectors.ts), with its blocks. */
export function sectionText(html: string): SectionText {
  const { text, blocks } = readSection(html);
  return { text, blocks };
}

export function describeClaims(html: string): Map<string, ClaimSelectors> {
  const { text, spans } = readSection(html);
  const selectors = new Map<string, ClaimSelectors>();
  for (const [id, { start, end }] of spans) selectors.set(id, describeText(text, start, end));
  return selectors;
}

function claimIdOf(element: Element): string | undefined {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes('claim') ? String(element.properties.id) : undefined;
}
