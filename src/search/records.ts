/**
 * Claims and passages → search records (data → HTML documents for Pagefind).
 *
 * Every claim and every paragraph of the essay becomes one small HTML document of its own, so
 * that a result opens the claim or the paragraph it matched, and a claim's titles weigh more
 * than its keywords, and those more than its quote and note. The documents are never served:
 * Pagefind indexes them under the URL of the page a result opens.
 *
 * The quote's and the commentary's elements carry ids, so Pagefind returns their exact text (as
 * anchors) for the excerpt the page cuts itself (./excerpt.ts).
 *
 * Claims → the claims' search index (./claim-index.ts), the same text as one JSON file.
 */
import type { Claim } from '../claims/schema.ts';
import { commentaryParts, type NotePart } from '../notes-view/render-note.ts';
import { claimTypes, topics } from '../claims/vocabulary.ts';
import { relationsOf } from '../claims/relations.ts';
import type { Section } from '../essay/section-schema.ts';
import { claimPath, sectionPath } from '../site.ts';
import { escapeHtml } from '../escape-html.ts';
import { excerptIds } from './excerpt.ts';
import { spacedWords } from './query.ts';
import type { ClaimIndex } from './claim-index.ts';

export type SearchKind = 'claim' | 'section';

/** Keywords weigh below the titles (Pagefind gives h1 7, h2 6) and above the text (1); more, and
 * a claim listing a word in several keywords (复现, 可复现性) outranks one with it in its title. */
const keywordWeight = 2;

export interface SearchRecord {
  /** The result's URL, relative to the site's base (Pagefind prepends the base). */
  url: string;
  /** A complete HTML document for Pagefind's `addHTMLFile`. */
  content: string;
  /** What the record carries, for tests and messages. */
  kind: SearchKind;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const partIds: Record<NotePart, string> = { note: excerptIds.note, editor_note: excerptIds.editor, translation: excerptIds.translation };

/** The commentary's parts, one element each: `note`, `editor`, `translation1`, `translation2`… */
function commentaryElements(claim: Claim): string[] {
  let readings = 0;
  return commentaryParts(claim).map(({ part, text }) => {
    const id = part === 'translation' ? `${partIds[part]}${(readings += 1)}` : partIds[part];
    return `<p id="${id}">${escapeHtml(text)}</p>`;
  });
}

/** Essay order as a zero-padded sort key, so that filter-only listings come out in order. */
const orderKey = (order: number) => String(order).padStart(6, '0');

function htmlDocument(record: Omit<SearchRecord, 'content'>, body: string): string {
  const meta = Object.entries(record.meta)
    .map(([key, value]) => `<meta data-pagefind-meta="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`)
    .join('');
  const filters = Object.entries(record.filters)
    .flatMap(([key, values]) => values.map((value) => `<meta data-pagefind-filter="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`))
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(record.meta.title ?? '')}</title>${meta}${filters}<meta data-pagefind-sort="order[content]" content="${escapeHtml(record.meta.order ?? '')}"></head><body>${body}</body></html>`;
}

export function claimRecord(claim: Claim & { order: number }, section: Pick<Section, 'slug' | 'title'>): SearchRecord {
  const type = claimTypes[claim.type];
  const record = {
    url: `/${sectionPath(section.slug)}#${claim.id}`,
    kind: 'claim' as const,
    meta: {
      title: claim.title,
      title_en: claim.title_en,
      id: claim.id,
      type: claim.type,
      type_label: type.zh,
      section: section.slug,
      section_title: section.title,
      permalink: `/${claimPath(claim.id)}`,
      order: orderKey(claim.order),
    },
    filters: { kind: ['claim'], type: [claim.type], topic: [...claim.topics], section: [section.slug] },
  };
  const labels = [
    `${type.zh} ${type.en}`,
    ...claim.topics.map((topic) => `${topics[topic].zh} ${topics[topic].en}`),
  ];
  const body = [
    `<h1>${escapeHtml(spacedWords(claim.title))}</h1>`,
    `<h2 lang="en">${escapeHtml(claim.title_en)}</h2>`,
    `<p data-pagefind-weight="${keywordWeight}">${escapeHtml(claim.keywords.zh.join(' '))} <span lang="en">${escapeHtml(claim.keywords.en.join(' '))}</span></p>`,
    ...claim.quote.split('\n').map((line, index) => `<p id="${excerptIds.quote}${index + 1}">${escapeHtml(line)}</p>`),
    ...commentaryElements(claim),
    `<p>${labels.map(escapeHtml).join('，')}</p>`,
    // The section's heading finds its claims too (外星人 for the alien-brain section).
    `<p>${escapeHtml(section.title)}</p>`,
  ].join('');
  return { ...record, content: htmlDocument(record, body) };
}

/** The text of one block, as the reader sees it: a paragraph, or a list's items. */
const blockLines = (block: Section['blocks'][number]) => (block.kind === 'paragraph' ? [block.text] : block.items);

/**
 * One record per block of a section, opening at that block's anchor (`#p3`, numbered as
 * src/markdown/rehype-block-anchors.ts numbers them).
 */
export function passageRecords(section: Section): SearchRecord[] {
  return section.blocks.map((block, index) => {
    const number = index + 1;
    const record = {
      url: `/${sectionPath(section.slug)}#p${number}`,
      kind: 'section' as const,
      meta: {
        title: section.title,
        section: section.slug,
        section_title: section.title,
        paragraph: String(number),
        // Passages sort after every claim when listed by essay order.
        order: orderKey(100_000 + section.order * 1000 + number),
      },
      filters: { kind: ['section'], section: [section.slug] },
    };
    const body = blockLines(block).map((line, item) => `<p id="${excerptIds.quote}${item + 1}">${escapeHtml(line)}</p>`).join('');
    return { ...record, content: htmlDocument(record, body) };
  });
}

export function searchRecords(sections: readonly Section[], claims: readonly (Claim & { order: number })[]): SearchRecord[] {
  const bySlug = new Map(sections.map((section) => [section.slug, section]));
  return [
    ...claims.map((claim) => claimRecord(claim, bySlug.get(claim.section)!)),
    ...sections.flatMap(passageRecords),
  ];
}

const labels = (set: Record<string, { zh: string; en: string }>) =>
  Object.fromEntries(Object.entries(set).map(([id, term]) => [id, [term.zh, term.en] as [string, string]]));

/** Every claim's titles, keywords, labels, quote and commentary, in essay order. */
export function claimIndex(sections: readonly Pick<Section, 'slug' | 'title'>[], claims: readonly Claim[]): ClaimIndex {
  return {
    types: labels(claimTypes),
    topics: labels(topics),
    sections: Object.fromEntries(sections.map((section) => [section.slug, section.title])),
    claims: claims.map((claim) => ({
      id: claim.id,
      section: claim.section,
      type: claim.type,
      topics: [...claim.topics],
      title: claim.title,
      title_en: claim.title_en,
      keywords: { zh: [...claim.keywords.zh], en: [...claim.keywords.en] },
      text: [...claim.quote.split('\n'), ...commentaryParts(claim).map((part) => part.text)],
      relations: Object.values(relationsOf(claims, claim.id)).flat().length,
    })),
  };
}

