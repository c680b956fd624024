/**
 * The whole annotated edition as one EPUB 3 (edition and claims → content documents → package →
 * zip): the cover, the contents, the eight sections with their notes as footnotes, the claims
 * index, the argument maps, and the about page. Pure: the same input makes the same bytes.
 */
import type { Edition } from '../essay/parse-edition.ts';
import { sectionShortName, toSections } from '../essay/sections.ts';
import { editorLicence, rights } from '../essay/colophon.ts';
import type { LoadedClaim } from '../claims/load-annotations.ts';
import type { Claim } from '../claims/schema.ts';
import type { Revision } from '../changelog/revisions.ts';
import { absoluteHref, type Urls } from '../citations/claim-exports.ts';
import { claimPlaces } from '../map/claim-graph.ts';
import { claimPath, siteDescription, siteName } from '../site.ts';
import { h } from 'hastscript';
import { argumentMapsBody } from './argument-maps.ts';
import { claimsIndexBody } from './claims-index.ts';
import { colophonBody } from './colophon-document.ts';
import { bookIdentifier, containerXml, navigationBody, packageDocument, packageFolder, type BookItem } from './package-document.ts';
import { sectionDocumentBody } from './section-document.ts';
import { sectionTexts } from './section-text.ts';
import { bookStylesheet } from './stylesheet.ts';
import { contentDocument, type ContentDocument } from './xhtml.ts';
import { zipEpub, type EpubFile } from './zip-epub.ts';

export interface EpubSource {
  edition: Edition;
  /** In essay order, as the annotations load. */
  claims: readonly LoadedClaim[];
  /** Newest first: the first names the book's version and date. */
  revisions: readonly Revision[];
  /** The share-card renderer's home card (src/share/). */
  cover: { png: Uint8Array; alt: string };
  /** The web edition: links into it are absolute, and only when its origin is known. */
  urls: Urls;
}

/** The file name readers download, under the site's base. */
export const epubFileName = 'seven-truths.epub';

const accessibilitySummary =
  '全书为可重排的文字，按标题与目录结构组织，阅读顺序即原文顺序；每条批注是正文中的脚注，支持弹出脚注的阅读器点标记即可打开，其余阅读器在节末列出，并有链接往返。论断以下划线和类型标签标出，不用颜色。每张论证图都有文字版，列出同样的论断与关联。封面是图片，附有替代文字。不嵌入字体，字号与配色由阅读器决定。';

export function buildEpub({ edition, claims, revisions, cover, urls }: EpubSource): Uint8Array {
  const current = revisions[0];
  if (!current) throw new Error('the e-book needs a revision to name its version (src/changelog/revisions.yaml)');
  const sections = toSections(edition);
  const sectionFile = (slug: string) => `${slug}.xhtml`;
  const apparatusFiles = { cover: 'cover.xhtml', nav: 'nav.xhtml', index: 'claims.xhtml', maps: 'maps.xhtml', about: 'about.xhtml', style: 'style.css', coverImage: 'images/cover.png' };
  for (const section of sections) {
    if (Object.values(apparatusFiles).includes(sectionFile(section.slug))) throw new Error(`section slug ${section.slug} names one of the e-book's own files`);
  }
  const bySection = Map.groupBy(claims, (claim) => claim.section);
  const claimsOf = (slug: string) => bySection.get(slug) ?? [];
  const claimHref = (claim: Claim) => `${sectionFile(claim.section)}#${claim.id}`;
  const webPage = urls.site ? (claim: Claim) => absoluteHref(urls, claimPath(claim.id))! : undefined;
  const render = sectionTexts(claims);
  const places = claimPlaces(claims, sections);

  const documents: { item: BookItem; title: string; part?: string; body: ContentDocument['body'] }[] = [
    {
      item: { id: 'cover', href: apparatusFiles.cover, mediaType: 'application/xhtml+xml', spine: true },
      title: '封面',
      body: [h('section', { className: ['cover-page'], 'aria-label': '封面' }, [h('img', { src: apparatusFiles.coverImage, alt: cover.alt, className: ['cover'], role: 'doc-cover' })])],
    },
    {
      item: { id: 'nav', href: apparatusFiles.nav, mediaType: 'application/xhtml+xml', properties: 'nav', spine: true },
      title: '目录',
      part: 'frontmatter',
      body: navigationBody(
        sections.map((section) => ({
          title: section.order === 0 ? section.title : `${sectionShortName(section)} · ${section.title}`,
          href: sectionFile(section.slug),
          claims: claimsOf(section.slug).map((claim) => ({ title: `${places.number(claim.id)}. ${claim.title}`, href: claimHref(claim) })),
        })),
        [
          { title: '论断索引', href: apparatusFiles.index },
          { title: '论证图', href: apparatusFiles.maps },
          { title: '关于本版', href: apparatusFiles.about },
        ],
        { cover: apparatusFiles.cover, toc: apparatusFiles.nav, bodymatter: sectionFile(sections[0]!.slug), index: apparatusFiles.index, colophon: apparatusFiles.about },
      ),
    },
    ...sections.map((section, index) => ({
      item: { id: `section-${section.slug}`, href: sectionFile(section.slug), mediaType: 'application/xhtml+xml' as const, spine: true as const },
      title: section.title,
      part: 'bodymatter',
      body: sectionDocumentBody(section, render(section.slug, edition.sections[index]!.markdown, `${packageFolder}/${sectionFile(section.slug)}`), { claims: claimsOf(section.slug), webPage }),
    })),
    {
      item: { id: 'claims-index', href: apparatusFiles.index, mediaType: 'application/xhtml+xml', spine: true },
      title: '论断索引',
      part: 'backmatter',
      body: claimsIndexBody(sections.map((section) => ({ section, claims: claimsOf(section.slug), file: sectionFile(section.slug) })), claims.length),
    },
    {
      item: { id: 'maps', href: apparatusFiles.maps, mediaType: 'application/xhtml+xml', properties: 'svg', spine: true },
      title: '论证图',
      part: 'backmatter',
      body: argumentMapsBody({ sections, claims, href: claimHref }),
    },
    {
      item: { id: 'about', href: apparatusFiles.about, mediaType: 'application/xhtml+xml', spine: true },
      title: '关于本版',
      part: 'backmatter',
      body: colophonBody({ essayTitle: edition.title, claims: claims.length, revisions, urls }),
    },
  ];

  const items: BookItem[] = [
    ...documents.map((document) => document.item),
    { id: 'style', href: apparatusFiles.style, mediaType: 'text/css' },
    { id: 'cover-image', href: apparatusFiles.coverImage, mediaType: 'image/png', properties: 'cover-image' },
  ];
  const files: EpubFile[] = [
    { path: 'META-INF/container.xml', data: `<?xml version="1.0" encoding="utf-8"?>\n${containerXml}\n` },
    {
      path: `${packageFolder}/package.opf`,
      data: packageDocument(
        {
          title: edition.title,
          edition: siteName,
          identifier: bookIdentifier(siteName),
          version: current.version,
          date: current.date,
          description: siteDescription,
          rights: `${rights}编者所加的内容以${editorLicence.name}发布。`,
          accessibilitySummary,
        },
        items,
      ),
    },
    ...documents.map(({ item, title, part, body }) => ({
      path: `${packageFolder}/${item.href}`,
      data: contentDocument({ title: `${title} — ${edition.title}`, stylesheet: apparatusFiles.style, ...(part ? { part } : {}), body }),
    })),
    { path: `${packageFolder}/${apparatusFiles.style}`, data: bookStylesheet },
    { path: `${packageFolder}/${apparatusFiles.coverImage}`, data: cover.png },
  ];
  return zipEpub(files, current.date);
}
