/**
 * A claim's note, Markdown → HTML. The schema has already refused raw HTML and non-web links, and
 * remark-rehype drops raw HTML anyway (no allowDangerousHtml), so the output is inert.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export function renderNote(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** A note's words without Markdown, for meta descriptions. */
export function noteText(markdown: string): string {
  return toString(fromMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}
