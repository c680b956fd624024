/**
 * The e-book's package: the OCF container file, the package document (metadata, manifest,
 * spine) and the navigation document (contents with every section and claim, and landmarks).
 * Metadata follows EPUB 3.3 and EPUB Accessibility 1.1; nothing in it depends on the clock.
 */
import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { original } from '../essay/original.ts';
import { editorName } from '../essay/colophon.ts';
import { language } from './xhtml.ts';

/** A file of the book, as the manifest lists it. */
export interface BookItem {
  id: string;
  /** Below the package document's folder. */
  href: string;
  mediaType: 'application/xhtml+xml' | 'text/css' | 'image/png';
  /** `nav`, `svg` (inline SVG), `cover-image`. */
  properties?: string;
  /** In the reading order (the spine). */
  spine?: true;
}

export const packageFolder = 'EPUB';
const packagePath = `${packageFolder}/package.opf`;

export const containerXml = toXml(
  x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
    x('rootfiles', [x('rootfile', { 'full-path': packagePath, 'media-type': 'application/oebps-package+xml' })]),
  ]),
  { closeEmptyElements: true },
);

/**
 * The book's identifier: a name-based UUID (RFC 9562 §5.5) of the edition's name, the same in
 * every build and every version (the version is in `dcterms:modified`).
 */
export function bookIdentifier(name: string): string {
  const hex = createHash('sha1').update(`urn:seven-truths:epub:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const id = hex.join('');
  return `urn:uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
}

export interface BookMetadata {
  title: string;
  /** The edition's name, the title's second part. */
  edition: string;
  identifier: string;
  /** The edition's version and date (YYYY-MM-DD). */
  version: string;
  date: string;
  description: string;
  rights: string;
  accessibilitySummary: string;
}

const meta = (property: string, value: string, refines?: string) => x('meta', { property, ...(refines ? { refines } : {}) }, value);
const creator = (tag: 'dc:creator' | 'dc:contributor', id: string, name: string, role: string, fileAs?: string) => [
  x(tag, { id }, name),
  x('meta', { refines: `#${id}`, property: 'role', scheme: 'marc:relators' }, role),
  ...(fileAs ? [meta('file-as', fileAs, `#${id}`)] : []),
];

export function packageDocument(book: BookMetadata, items: readonly BookItem[]): string {
  const metadata = x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    x('dc:identifier', { id: 'book-id' }, book.identifier),
    x('dc:title', { id: 'title' }, book.title),
    meta('title-type', 'main', '#title'),
    x('dc:title', { id: 'edition' }, book.edition),
    meta('title-type', 'edition', '#edition'),
    ...creator('dc:creator', 'author', original.author, 'aut', 'Hosu, George'),
    // The Chinese translation's translator is not named (the about page says so).
    ...creator('dc:contributor', 'translator', '佚名', 'trl'),
    ...creator('dc:contributor', 'editor', editorName, 'edt'),
    x('dc:language', language),
    x('dc:date', book.date),
    meta('dcterms:modified', `${book.date}T00:00:00Z`),
    meta('schema:version', book.version),
    x('dc:description', book.description),
    x('dc:rights', book.rights),
    x('dc:source', original.url),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'visual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'longDescription', 'displayTransformability'].map((feature) => meta('schema:accessibilityFeature', feature)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', book.accessibilitySummary),
    meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'),
    meta('a11y:certifiedBy', editorName),
  ]);
  const manifest = x(
    'manifest',
    items.map((item) => x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, ...(item.properties ? { properties: item.properties } : {}) })),
  );
  const spine = x(
    'spine',
    { 'page-progression-direction': 'ltr' },
    items.filter((item) => item.spine).map((item) => x('itemref', { idref: item.id })),
  );
  const root = x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': language, dir: 'ltr', prefix: 'a11y: http://www.idpf.org/epub/vocab/package/a11y/#' }, [metadata, manifest, spine]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(root, { closeEmptyElements: true })}\n`;
}

export interface NavSection {
  title: string;
  href: string;
  claims: { title: string; href: string }[];
}

export interface NavLandmarks {
  cover: string;
  toc: string;
  bodymatter: string;
  index: string;
  colophon: string;
}

/** The navigation document's body: every section with its claims, then the apparatus; landmarks. */
export function navigationBody(sections: readonly NavSection[], apparatus: { title: string; href: string }[], landmarks: NavLandmarks): ElementContent[] {
  const link = ({ title, href }: { title: string; href: string }) => h('a', { href }, title);
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-title' }, [
      h('h1', { id: 'toc-title' }, '目录'),
      h('ol', [
        ...sections.map((section) => h('li', [link(section), ...(section.claims.length > 0 ? [h('ol', section.claims.map((claim) => h('li', [link(claim)])))] : [])])),
        ...apparatus.map((item) => h('li', [link(item)])),
      ]),
    ]),
    h('nav', { 'epub:type': 'landmarks', 'aria-labelledby': 'landmarks-title', hidden: true }, [
      h('h2', { id: 'landmarks-title' }, '导航'),
      h('ol', [
        h('li', [h('a', { 'epub:type': 'cover', href: landmarks.cover }, '封面')]),
        h('li', [h('a', { 'epub:type': 'toc', href: landmarks.toc }, '目录')]),
        h('li', [h('a', { 'epub:type': 'bodymatter', href: landmarks.bodymatter }, '正文')]),
        h('li', [h('a', { 'epub:type': 'index', href: landmarks.index }, '论断索引')]),
        h('li', [h('a', { 'epub:type': 'colophon', href: landmarks.colophon }, '关于本版')]),
      ]),
    ]),
  ];
}
