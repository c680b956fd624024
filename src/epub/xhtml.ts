/**
 * An e-book's content document: a hast body wrapped in the XHTML an EPUB 3 reader expects
 * (`lang` and `xml:lang`, the `epub:` namespace, the book's stylesheet), serialised as XML
 * (hast → xast → text), so every empty element is closed and SVG keeps its namespace.
 */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';

export const language = 'zh-CN';
const epubNamespace = 'http://www.idpf.org/2007/ops';

export interface ContentDocument {
  /** The document's <title>. */
  title: string;
  /** From the document to the stylesheet, `style.css` or `../style.css`. */
  stylesheet: string;
  /** The body's `epub:type`, if any: `bodymatter`, `frontmatter`, `backmatter`. */
  part?: string;
  body: ElementContent[];
}

export function contentDocument({ title, stylesheet, part, body }: ContentDocument): string {
  const html = h('html', { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': epubNamespace, lang: language, 'xml:lang': language }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', type: 'text/css', href: stylesheet })]),
    // One main landmark, as on the site's pages: where a screen reader's "skip to content" goes.
    h('body', part ? { 'epub:type': part } : {}, [h('main', body)]),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n${toXml(toXast(html), { closeEmptyElements: true })}\n`;
}
