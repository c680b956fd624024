/**
 * The e-book, unzipped and read: the container's first entry, the same bytes from the same input
 * in any time zone, every claim's footnote linked both ways, every section and claim in the
 * contents, no script and no remote resource, every internal link resolving, the text and
 * paragraph ids the site's, links into the web edition only when its address is known, and the
 * metadata a reading system and an accessibility checker look for.
 */
import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { buildEpub, epubFileName, type EpubSource } from '../../src/epub/build-epub.ts';
import { noteId, noteRefId } from '../../src/epub/section-text.ts';
import { readCheckedEssay, readRevisions } from '../../src/source.ts';
import { relationsOf } from '../../src/claims/relations.ts';
import { noteParts } from '../../src/claims/vocabulary.ts';
import { renderSection } from './helpers.ts';

const { edition, claims } = readCheckedEssay();
const revisions = readRevisions(claims);
// A 1×1 PNG: the cover's drawing is the share images' own test (share-images.test.ts).
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));
const source: EpubSource = { edition, claims, revisions, cover: { png, alt: '封面' }, urls: { base: '/' } };
const site = new URL('https://example.org');
const onSite: EpubSource = { ...source, urls: { base: '/seven-truths/', site } };

function unpack(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path]!);
  const documents = new Map(
    Object.keys(files)
      .filter((path) => path.endsWith('.xhtml'))
      .map((path) => [path.replace(/^EPUB\//, ''), fromHtml(text(path))] as const),
  );
  return { files, text, documents };
}
const book = unpack(buildEpub(source));

function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}
const attribute = (element: Element, name: string) => {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined ? undefined : String(value);
};
const byId = (tree: Root | Element, id: string) => elements(tree, (element) => element.properties.id === id)[0];
const sectionDocument = (slug: string) => book.documents.get(`${slug}.xhtml`)!;

describe('the container', () => {
  test('`mimetype` is the first entry, stored, without an extra field', () => {
    const bytes = buildEpub(source);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0);
    expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
    expect(book.text('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');
  });

  test('the same input makes the same bytes, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = buildEpub(source);
      process.env.TZ = 'Asia/Shanghai';
      const second = buildEpub(source);
      process.env.TZ = 'America/Los_Angeles';
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(buildEpub(source)).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('the file name is the one the site links to', () => {
    expect(epubFileName).toMatch(/^[a-z-]+\.epub$/);
  });
});

describe('the notes', () => {
  test('every claim has its reference in its words and its footnote, linked both ways, numbered alike', () => {
    expect(claims.length).toBeGreaterThan(60);
    for (const claim of claims) {
      const tree = sectionDocument(claim.section);
      const words = byId(tree, claim.id);
      expect(words, claim.id).toBeDefined();
      const reference = byId(tree, noteRefId(claim.id))!;
      expect(elements(words!, (element) => element === reference), `${claim.id}: reference inside the claim's words`).toHaveLength(1);
      expect(attribute(reference, 'epub:type')).toBe('noteref');
      expect(attribute(reference, 'role')).toBe('doc-noteref');
      expect(attribute(reference, 'href')).toBe(`#${noteId(claim.id)}`);
      const note = byId(tree, noteId(claim.id))!;
      expect(note.tagName).toBe('aside');
      expect(attribute(note, 'epub:type')).toBe('footnote');
      expect(attribute(note, 'role')).toBe('doc-footnote');
      const back = elements(note, (element) => attribute(element, 'role') === 'doc-backlink');
      expect(back.map((link) => attribute(link, 'href'))).toEqual([`#${noteRefId(claim.id)}`]);
      expect(toString(back[0]!)).toBe(toString(reference));
      expect(toString(note)).toContain(claim.title);
    }
  });

  test('the three voices are kept apart and labelled', () => {
    const judged = claims.filter((claim) => claim.editor_note);
    const read = claims.filter((claim) => claim.translation.length > 0);
    expect(judged.length).toBeGreaterThan(0);
    expect(read.length).toBeGreaterThan(0);
    for (const claim of judged) expect(toString(byId(sectionDocument(claim.section), noteId(claim.id))!)).toContain(`${noteParts.editor_note.zh}：`);
    for (const claim of read) {
      const note = byId(sectionDocument(claim.section), noteId(claim.id))!;
      expect(toString(note).split(`${noteParts.translation.zh}：`)).toHaveLength(claim.translation.length + 1);
    }
  });
});

describe('the text', () => {
  test("each section's text and paragraph ids are the site's, the note references aside", async () => {
    for (const [index, section] of edition.sections.entries()) {
      const own = claims.filter((claim) => claim.section === section.slug).map((claim) => ({ ...claim, section: 'test' }));
      const page = fromHtml(await renderSection(section.markdown, own), { fragment: true });
      const blocks = (tree: Root) => elements(tree, (element) => /^p\d+(-\d+)?$/.test(String(element.properties.id ?? ''))).map((element) => `${element.properties.id} ${toString(element).replace(/〔[^〕]*〕/g, '')}`);
      const webBlocks = blocks(page);
      expect(webBlocks.length, section.slug).toBeGreaterThan(0);
      expect(blocks(sectionDocument(section.slug)), `section ${index}`).toEqual(webBlocks);
    }
  });
});

describe('navigation', () => {
  test('the contents list every section and every claim, each link leading to its place', () => {
    const nav = book.documents.get('nav.xhtml')!;
    const toc = elements(nav, (element) => attribute(element, 'epub:type') === 'toc')[0]!;
    const hrefs = elements(toc, (element) => element.tagName === 'a').map((link) => attribute(link, 'href'));
    for (const section of edition.sections) expect(hrefs).toContain(`${section.slug}.xhtml`);
    for (const claim of claims) expect(hrefs).toContain(`${claim.section}.xhtml#${claim.id}`);
    const landmarks = elements(nav, (element) => attribute(element, 'epub:type') === 'landmarks')[0]!;
    expect(elements(landmarks, (element) => element.tagName === 'a').map((link) => attribute(link, 'epub:type'))).toEqual(['cover', 'toc', 'bodymatter', 'index', 'colophon']);
  });

  test('the claims index lists every claim in essay order', () => {
    const index = book.documents.get('claims.xhtml')!;
    const listed = elements(index, (element) => element.tagName === 'li' && String(element.properties.id ?? '').startsWith('index-')).map((item) => String(item.properties.id).slice('index-'.length));
    expect(listed).toEqual(claims.map((claim) => claim.id));
  });

  test('every section with claims has a map, described, and its text lists every relation both ways', () => {
    const maps = book.documents.get('maps.xhtml')!;
    const svgs = elements(maps, (element) => element.tagName === 'svg');
    const mapped = edition.sections.filter((section) => claims.some((claim) => claim.section === section.slug));
    expect(svgs).toHaveLength(mapped.length);
    for (const svg of svgs) {
      expect(attribute(svg, 'role')).toBe('img');
      expect(elements(svg, (element) => element.tagName === 'title' || element.tagName === 'desc')).toHaveLength(2);
      expect(elements(svg, (element) => element.tagName === 'a')).toEqual([]);
    }
    const lists = elements(maps, (element) => element.tagName === 'ol' && attribute(element, 'className') === 'map-list');
    const relations = lists.reduce((sum, list) => sum + elements(list, (element) => element.tagName === 'ul').reduce((count, ul) => count + ul.children.filter((child) => child.type === 'element').length, 0), 0);
    const expected = claims.reduce((sum, claim) => {
      const { outgoing, incoming } = relationsOf(claims, claim.id);
      return sum + outgoing.length + incoming.length;
    }, 0);
    expect(relations).toBe(expected);
  });
});

describe('links and resources', () => {
  const internal = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href);

  test('no script, no handler, no remote resource, no local address', () => {
    for (const [path, tree] of book.documents) {
      expect(elements(tree, (element) => ['script', 'iframe', 'object', 'embed'].includes(element.tagName)), path).toEqual([]);
      expect(elements(tree, (element) => Object.keys(element.properties).some((name) => /^on/i.test(name))), path).toEqual([]);
      const resources = elements(tree, (element) => ['img', 'link', 'image', 'source', 'audio', 'video'].includes(element.tagName)).map((element) => attribute(element, 'src') ?? attribute(element, 'href') ?? '');
      for (const resource of resources) expect(internal(resource), `${path}: ${resource}`).toBe(true);
    }
    // Addresses only: the record of revisions may name a local address it fixed.
    const addresses = [...book.documents.values()].flatMap((tree) => elements(tree, () => true).flatMap((element) => [attribute(element, 'href'), attribute(element, 'src')].filter((value) => value !== undefined)));
    expect(addresses.length).toBeGreaterThan(claims.length * 4);
    expect(addresses.filter((address) => /localhost|127\.0\.0\.1|^file:/.test(address!))).toEqual([]);
    expect(book.text('EPUB/package.opf')).not.toMatch(/localhost|127\.0\.0\.1|file:/);
    expect(book.text('EPUB/style.css')).not.toMatch(/url\(|@import/);
  });

  test('every internal link leads to a file of the book and an id in it', () => {
    let checked = 0;
    for (const [path, tree] of book.documents) {
      for (const link of elements(tree, (element) => element.tagName === 'a' && attribute(element, 'href') !== undefined)) {
        const href = attribute(link, 'href')!;
        if (!internal(href)) continue;
        const [file, fragment] = href.split('#') as [string, string | undefined];
        const target = file === '' ? path : file;
        const document = book.documents.get(target);
        expect(document, `${path} → ${href}`).toBeDefined();
        if (fragment) expect(byId(document!, fragment), `${path} → ${href}`).toBeDefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(claims.length * 4);
  });

  test('the web edition is linked only when its address is known, and then absolutely', () => {
    const webLinks = (documents: Map<string, Root>, origin: string) =>
      [...documents.values()].flatMap((tree) => elements(tree, (element) => element.tagName === 'a' && (attribute(element, 'href') ?? '').startsWith(origin)).map((link) => attribute(link, 'href')!));
    expect(webLinks(book.documents, site.origin)).toEqual([]);
    expect(toString(book.documents.get('about.xhtml')!)).toContain('没有设定网站地址');
    const hosted = unpack(buildEpub(onSite));
    const links = webLinks(hosted.documents, site.origin);
    expect(links).toContain('https://example.org/seven-truths/search/');
    expect(links).toContain('https://example.org/seven-truths/notes/');
    for (const claim of claims) expect(links).toContain(`https://example.org/seven-truths/claims/${claim.id}/`);
  });
});

describe('the package document', () => {
  const opf = book.text('EPUB/package.opf');
  const metaValues = (text: string, property: string) => [...text.matchAll(new RegExp(`<meta property="${property}">([^<]*)</meta>`, 'g'))].map((match) => match[1]);

  test('names the work, its author, translator and editor, its language, version and date', () => {
    expect(opf).toContain(`<dc:title id="title">${edition.title}</dc:title>`);
    expect(opf).toMatch(/<dc:creator id="author">George Hosu<\/dc:creator>\s*<meta refines="#author" property="role" scheme="marc:relators">aut<\/meta>/);
    expect(opf).toContain('<meta refines="#translator" property="role" scheme="marc:relators">trl</meta>');
    expect(opf).toContain('<meta refines="#editor" property="role" scheme="marc:relators">edt</meta>');
    expect(opf).toContain('<dc:language>zh-CN</dc:language>');
    expect(metaValues(opf, 'dcterms:modified')).toEqual([`${revisions[0]!.date}T00:00:00Z`]);
    expect(opf).toContain('page-progression-direction="ltr"');
    for (const [path, tree] of book.documents) expect(elements(tree, (element) => element.tagName === 'html').map((html) => attribute(html, 'lang')), path).toEqual(['zh-CN']);
  });

  test('its identifier stays from version to version; its modified date follows the edition', () => {
    const identifier = /<dc:identifier id="book-id">(urn:uuid:[0-9a-f-]{36})<\/dc:identifier>/.exec(opf)?.[1];
    expect(identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const next = { ...revisions[0]!, version: '99.0', date: '2099-01-02' };
    const later = unpack(buildEpub({ ...source, revisions: [next, ...revisions] })).text('EPUB/package.opf');
    expect(later).toContain(identifier);
    expect(metaValues(later, 'dcterms:modified')).toEqual(['2099-01-02T00:00:00Z']);
  });

  test('carries the accessibility metadata and conformance claim', () => {
    expect(metaValues(opf, 'schema:accessMode')).toEqual(['textual', 'visual']);
    expect(metaValues(opf, 'schema:accessModeSufficient')).toEqual(['textual']);
    expect(metaValues(opf, 'schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'alternativeText']));
    expect(metaValues(opf, 'schema:accessibilityHazard')).toEqual(['none']);
    expect(metaValues(opf, 'schema:accessibilitySummary')[0]!.length).toBeGreaterThan(40);
    expect(metaValues(opf, 'dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
  });

  test('lists every file of the book once, the nav, the SVG and the cover marked', () => {
    const manifest = [...opf.matchAll(/<item id="[^"]+" href="([^"]+)" media-type="[^"]+"(?: properties="([^"]+)")? \/>/g)].map((match) => [match[1], match[2]]);
    const files = Object.keys(book.files).filter((path) => path.startsWith('EPUB/') && path !== 'EPUB/package.opf').map((path) => path.slice('EPUB/'.length));
    expect(manifest.map(([href]) => href).sort()).toEqual(files.sort());
    expect(Object.fromEntries(manifest.filter(([, properties]) => properties))).toEqual({ 'nav.xhtml': 'nav', 'maps.xhtml': 'svg', 'images/cover.png': 'cover-image' });
  });
});
