/**
 * Which claims and relations a map shows (claims → graph): the essay as one panel per section,
 * in essay order, with an overview of how the sections bear on each other; one section's panel;
 * or one claim with its neighbours. A relation whose other end is on another panel is written
 * inside the box as a reference (回答 → 第1节·1) rather than drawn as a line across the page.
 */
import { relationEdges, type RelationEdge } from '../claims/relations.ts';
import type { Claim } from '../claims/schema.ts';
import { claimTypes, oneReadingLabel, oneReadingMark, relationAuthors, relationTypes } from '../claims/vocabulary.ts';
import { sectionShortName } from '../essay/sections.ts';
import type { MapEdgeInput, MapNodeInput, MapRefInput } from './layout-map.ts';

export type GraphClaim = Pick<Claim, 'id' | 'title' | 'type' | 'section' | 'relations'>;

export interface SectionName {
  slug: string;
  title: string;
  order: number;
}

export interface ClaimGraph<C extends GraphClaim> {
  claims: C[];
  nodes: MapNodeInput[];
  edges: MapEdgeInput[];
}

export interface SectionPanel<C extends GraphClaim> extends ClaimGraph<C> {
  section: SectionName;
}

/** Where a claim stands: its section and its number there, as its note is numbered (第1节·3). */
export function claimPlaces(claims: readonly GraphClaim[], sections: readonly SectionName[]) {
  const bySlug = new Map(sections.map((section) => [section.slug, section]));
  const number = new Map<string, number>();
  const counted = new Map<string, number>();
  for (const claim of claims) {
    const next = (counted.get(claim.section) ?? 0) + 1;
    counted.set(claim.section, next);
    number.set(claim.id, next);
  }
  const sectionOf = new Map(claims.map((claim) => [claim.id, bySlug.get(claim.section)!]));
  return {
    /** The claim's number in its section. */
    number: (id: string) => number.get(id)!,
    section: (id: string) => sectionOf.get(id)!,
    /** 第1节·3, or 引言·2. */
    place: (id: string) => `${sectionShortName(sectionOf.get(id)!).replace(/\s/g, '')}·${number.get(id)}`,
  };
}

/** The question the most claims answer or elaborate: the essay's central question. */
export function centralQuestion<C extends GraphClaim>(claims: readonly C[]): C | undefined {
  const incoming = (id: string) => relationEdges(claims).filter((edge) => edge.target === id && (edge.type === 'answers' || edge.type === 'elaborates')).length;
  return claims.filter((claim) => claim.type === 'question').sort((a, b) => incoming(b.id) - incoming(a.id))[0];
}

/**
 * A reference inside a box: the relation and where the other claim stands, who drew it, and a
 * ring when it holds under one reading only (a box has no room for the words, which the
 * reference's accessible name and the text version give).
 */
function reference(edge: RelationEdge, outgoing: boolean, place: string): MapRefInput {
  const { type, by, reading } = edge;
  const relation = relationTypes[type];
  const editor = by === 'editor' ? `（${relationAuthors.editor.zh}）` : '';
  const label = `${outgoing ? `${relation.zh} → ` : `${relation.inverse.zh} ← `}${place}${editor}`;
  return {
    target: outgoing ? edge.target : edge.source,
    type,
    by,
    reading,
    label: reading ? `${label}${oneReadingMark}` : label,
    ...(reading ? { name: `${label}（${oneReadingLabel}）` } : {}),
  };
}

/**
 * A section's claims, numbered as on its page: relations within the section as lines, those
 * with other sections as references in the boxes, both ways.
 */
export function sectionPanel<C extends GraphClaim>(claims: readonly C[], slug: string, sections: readonly SectionName[]): SectionPanel<C> {
  const places = claimPlaces(claims, sections);
  const own = claims.filter((claim) => claim.section === slug);
  const ownIds = new Set(own.map((claim) => claim.id));
  const all = relationEdges(claims);
  const refs = (id: string): MapRefInput[] =>
    all.flatMap((edge) => {
      if (edge.source === id && !ownIds.has(edge.target)) return [reference(edge, true, places.place(edge.target))];
      if (edge.target === id && !ownIds.has(edge.source)) return [reference(edge, false, places.place(edge.source))];
      return [];
    });
  return {
    section: sections.find((section) => section.slug === slug)!,
    claims: own,
    nodes: own.map((claim) => ({ id: claim.id, kicker: `${places.number(claim.id)} · ${claimTypes[claim.type].zh}`, title: claim.title, type: claim.type, refs: refs(claim.id) })),
    edges: all.filter(({ source, target }) => ownIds.has(source) && ownIds.has(target)),
  };
}

/** Every section's panel, in essay order. */
export function essayPanels<C extends GraphClaim>(claims: readonly C[], sections: readonly SectionName[]): SectionPanel<C>[] {
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .filter((section) => claims.some((claim) => claim.section === section.slug))
    .map((section) => sectionPanel(claims, section.slug, sections));
}

/**
 * The sections as boxes, in essay order, and one line for each pair of sections whose claims
 * bear on each other, in the direction the relations run, standing for all of them (`count`).
 */
export function sectionOverview(claims: readonly GraphClaim[], sections: readonly SectionName[]): { nodes: MapNodeInput[]; edges: MapEdgeInput[] } {
  const shown = [...sections].sort((a, b) => a.order - b.order).filter((section) => claims.some((claim) => claim.section === section.slug));
  const sectionOf = new Map(claims.map((claim) => [claim.id, claim.section]));
  const counts = new Map<string, number>();
  for (const { source, target } of relationEdges(claims)) {
    const from = sectionOf.get(source)!;
    const to = sectionOf.get(target)!;
    if (from !== to) counts.set(`${from} ${to}`, (counts.get(`${from} ${to}`) ?? 0) + 1);
  }
  return {
    nodes: shown.map((section) => ({
      id: section.slug,
      kicker: `${sectionShortName(section)} · ${claims.filter((claim) => claim.section === section.slug).length} 条论断`,
      title: section.title || sectionShortName(section),
    })),
    edges: [...counts].map(([pair, count]) => {
      const [source, target] = pair.split(' ') as [string, string];
      return { source, target, type: 'between-sections' as const, by: 'essay' as const, count };
    }),
  };
}

/** One claim and the claims it relates to, either way, in essay order. */
export function neighbourhoodGraph<C extends GraphClaim>(claims: readonly C[], id: string, sections: readonly SectionName[]): ClaimGraph<C> {
  const places = claimPlaces(claims, sections);
  const edges = relationEdges(claims).filter(({ source, target }) => source === id || target === id);
  const near = new Set([id, ...edges.flatMap(({ source, target }) => [source, target])]);
  const shown = claims.filter((claim) => near.has(claim.id));
  return {
    claims: shown,
    nodes: shown.map((claim) => ({ id: claim.id, kicker: `${places.place(claim.id)} · ${claimTypes[claim.type].zh}`, title: claim.title, type: claim.type })),
    edges,
  };
}
