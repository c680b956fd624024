/**
 * A claim's note, Markdown → HTML. The schema has already refused raw HTML and non-web links, and
 * remark-rehype drops raw HTML anyway (no allowDangerousHtml), so the output is inert.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export function renderNote(markdown: string): string {
  return String(processor.processSync(markdown));
}
