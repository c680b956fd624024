/**
 * The claims as data for others (claims → JSON): `/claims.json` for scripts, a schema.org
 * `Claim` for each claim page, and a W3C Web Annotation collection for annotation tools.
 * URLs are site paths that include the base, made absolute when the site's origin is known.
 */
import type { Claim } from '../claims/schema.ts';
import type { ClaimSelectors } from '../claims/selectors.ts';
import { relationsOf } from '../claims/relations.ts';
import { commentaryText } from '../notes-view/render-note.ts';
import { claimTypes, relationTypes, topics } from '../claims/vocabulary.ts';
import { claimPath, sectionPath, withBase } from '../site.ts';

export interface Urls {
  /** Astro's base, `/` or `/sub/path/`. */
  base: string;
  /** The deployment's origin, when SITE is set. */
  site?: URL | undefined;
}

/** A site path's absolute URL, when the site's origin is known. */
export const absoluteHref = ({ base, site }: Urls, path: string) => (site ? new URL(withBase(base, path), site).href : undefined);

const href = (urls: Urls, path: string) => absoluteHref(urls, path) ?? withBase(urls.base, path);

export const contextUrl = (urls: Urls, claim: Pick<Claim, 'id' | 'section'>) =>
  `${href(urls, sectionPath(claim.section))}#${claim.id}`;
export const permalink = (urls: Urls, claim: Pick<Claim, 'id'>) => href(urls, claimPath(claim.id));

/** Where the edition documents its relation types: `#relation-<id>` for each, either way. */
export const relationsDoc = (urls: Urls) => `${href(urls, 'about/')}#relation-`;

export function claimsJson(claims: readonly Claim[], urls: Urls) {
  return claims.map((claim) => ({
    id: claim.id,
    title: claim.title,
    title_en: claim.title_en,
    keywords: claim.keywords,
    type: claim.type,
    topics: claim.topics,
    section: claim.section,
    quote: claim.quote,
    ...(claim.prefix ? { prefix: claim.prefix } : {}),
    ...(claim.suffix ? { suffix: claim.suffix } : {}),
    note: claim.note,
    ...(claim.editor_note ? { editor_note: claim.editor_note } : {}),
    translation: claim.translation,
    relations: claim.relations,
    // Derived: the relations other claims state of this one.
    incoming: relationsOf(claims, claim.id).incoming.map(({ type, by, reading, claim: other }) => ({ type, source: other.id, by, ...(reading ? { reading } : {}) })),
    sources: claim.sources,
    url: contextUrl(urls, claim),
    permalink: permalink(urls, claim),
  }));
}

/**
 * A schema.org `Claim`. schema.org has no terms for how claims bear on each other, so the
 * relations use the edition's own terms (`rel:supports`, `rel:supported-by`, …), each defined on
 * the about page, with the related claims' permalinks as values.
 */
export function claimJsonLd(claim: Claim, claims: readonly Claim[], urls: Urls, essay: { title: string; sectionTitle: string }) {
  const { outgoing, incoming } = relationsOf(claims, claim.id);
  const related: Record<string, { '@id': string }[]> = {};
  const add = (term: string, other: Claim) => (related[`rel:${term}`] ??= []).push({ '@id': permalink(urls, other) });
  for (const { type, claim: other } of outgoing) add(type, other);
  for (const { type, claim: other } of incoming) add(relationTypes[type].inverse.id, other);
  return {
    '@context': ['https://schema.org', { rel: relationsDoc(urls) }],
    '@type': 'Claim',
    '@id': permalink(urls, claim),
    url: permalink(urls, claim),
    name: claim.title,
    alternateName: claim.title_en,
    text: claim.quote,
    description: commentaryText(claim),
    genre: `${claimTypes[claim.type].zh} ${claimTypes[claim.type].en}`,
    keywords: [
      ...claim.topics.map((topic) => `${topics[topic].zh} ${topics[topic].en}`),
      ...claim.keywords.zh,
      ...claim.keywords.en,
    ],
    inLanguage: 'zh-CN',
    appearance: {
      '@type': 'Article',
      headline: `${essay.sectionTitle} — ${essay.title}`,
      url: contextUrl(urls, claim),
    },
    ...(claim.sources.length > 0
      ? { citation: claim.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url })) }
      : {}),
    ...related,
  };
}

/** The page a section is read on, and the element its words are in. */
export const textContainer = '#text';

export function annotationCollection(
  claims: readonly Claim[],
  selectors: (claim: Claim) => ClaimSelectors,
  urls: Urls,
) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: href(urls, 'annotations.jsonld'),
    type: 'AnnotationCollection',
    label: '《做了 5 年机器学习研究，我发现了这 7 个真相》编者批注',
    total: claims.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: claims.map((claim) => {
        const { exact, prefix, suffix, start, end } = selectors(claim);
        return {
          id: permalink(urls, claim),
          type: 'Annotation',
          motivation: 'commenting',
          body: [
            { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', language: 'zh-CN', value: claim.note },
            // The editor's judgement is an assessment of the words, not a comment in their voice.
            ...(claim.editor_note ? [{ type: 'TextualBody', purpose: 'assessing', format: 'text/markdown', language: 'zh-CN', value: claim.editor_note }] : []),
            ...claim.translation.map(({ note }) => ({ type: 'TextualBody', purpose: 'describing', format: 'text/markdown', language: 'zh-CN', value: note })),
            { type: 'TextualBody', purpose: 'tagging', value: claim.type },
            ...claim.topics.map((topic) => ({ type: 'TextualBody', purpose: 'tagging', value: topic })),
          ],
          target: {
            source: href(urls, sectionPath(claim.section)),
            selector: [
              { type: 'CssSelector', value: textContainer, refinedBy: { type: 'TextQuoteSelector', exact, prefix, suffix } },
              { type: 'CssSelector', value: textContainer, refinedBy: { type: 'TextPositionSelector', start, end } },
            ],
          },
        };
      }),
    },
  };
}
