/**
 * W3C Web Annotation selectors for each claim, over the text of the rendered section (hast →
 * data): the text content of the section page's `#text` element, which is exactly the HTML the
 * unified processor produced. Because markers and self-links carry no text, a claim's `exact`
 * text is its quote, with the line breaks between blocks as the browser sees them.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describeText, type TextSelectors } from '../links/text-selectors.ts';

export type ClaimSelectors = TextSelectors;

/** The section's text as the browser's `#text` element holds it, and where each claim stands in it. */
function readSection(html: string): { text: string; spans: Map<string, { start: number; end: number }> } {
  const tree = fromHtml(html, { fragment: true });
  const spans = new Map<string, { start: number; end: number }>();
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
  };
  walk(tree);
  return { text, spans };
}

/** The text a reader's notes are anchored in (src/links/text-selectors.ts). */
export const sectionText = (html: string) => readSection(html).text;

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
