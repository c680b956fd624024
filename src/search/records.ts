/**
 * Claims and sections → search records (data → HTML documents for Pagefind).
 *
 * Every claim and every section becomes one small HTML document of its own, so that filters
 * (kind, type, topic, section) apply per claim and the title weighs more than the note. The
 * documents are never served: Pagefind indexes them under the URL of the page a result opens.
 */
import type { Claim } from '../claims/schema.ts';
import { noteText } from '../claims/render-note.ts';
import { claimTypes, topics } from '../claims/vocabulary.ts';
import type { Section } from '../essay/section-schema.ts';
import { claimPath, sectionPath } from '../site.ts';
import { escapeHtml } from '../escape-html.ts';

export type SearchKind = 'claim' | 'section';

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

/** Essay order as a zero-padded sort key, so that filter-only listings come out in order. */
const orderKey = (order: number) => String(order).padStart(4, '0');

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
    `<h1>${escapeHtml(claim.title)}</h1>`,
    `<h2 lang="en">${escapeHtml(claim.title_en)}</h2>`,
    ...claim.quote.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>${escapeHtml(noteText(claim.note))}</p>`,
    `<p>${labels.map(escapeHtml).join('，')}</p>`,
    // The section's heading finds its claims too (外星人 for the alien-brain section).
    `<p>${escapeHtml(section.title)}</p>`,
  ].join('');
  return { ...record, content: htmlDocument(record, body) };
}

export function sectionRecord(section: Section): SearchRecord {
  const record = {
    url: `/${sectionPath(section.slug)}`,
    kind: 'section' as const,
    meta: {
      title: section.title,
      section: section.slug,
      section_title: section.title,
      // Sections sort after every claim when listed by essay order.
      order: orderKey(9000 + section.order),
    },
    filters: { kind: ['section'], section: [section.slug] },
  };
  const body = [`<h1>${escapeHtml(section.title)}</h1>`, ...section.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`)].join('');
  return { ...record, content: htmlDocument(record, body) };
}

export function searchRecords(sections: readonly Section[], claims: readonly (Claim & { order: number })[]): SearchRecord[] {
  const bySlug = new Map(sections.map((section) => [section.slug, section]));
  return [
    ...claims.map((claim) => claimRecord(claim, bySlug.get(claim.section)!)),
    ...sections.map(sectionRecord),
  ];
}
