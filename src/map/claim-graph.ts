/**
 * Which claims and relations a map shows (claims → graph): the whole essay in its sections, one
 * section with the claims elsewhere that it touches, or one claim with its neighbours.
 */
import { relationEdges } from '../claims/relations.ts';
import type { Claim } from '../claims/schema.ts';
import { claimTypes } from '../claims/vocabulary.ts';
import { sectionShortName } from '../essay/sections.ts';
import type { MapEdgeInput, MapGroupInput, MapNodeInput } from './layout-map.ts';

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
  groups: MapGroupInput[];
}

function graphOf<C extends GraphClaim>(shown: readonly C[], edges: readonly MapEdgeInput[], kicker: (claim: C) => string, groups: MapGroupInput[] = []): ClaimGraph<C> {
  return {
    claims: [...shown],
    nodes: shown.map((claim) => ({ id: claim.id, kicker: kicker(claim), title: claim.title, type: claim.type, group: groups.length > 0 ? claim.section : undefined })),
    edges: [...edges],
    groups,
  };
}

/** 第 2 节 · 论点: a claim's section and type, for claims shown away from their section. */
function sectionKicker(sections: readonly SectionName[]) {
  const bySlug = new Map(sections.map((section) => [section.slug, section]));
  return (claim: GraphClaim) => `${sectionShortName(bySlug.get(claim.section)!)} · ${claimTypes[claim.type].zh}`;
}

/** Every claim, drawn inside its section, and every relation. */
export function essayGraph<C extends GraphClaim>(claims: readonly C[], sections: readonly SectionName[]): ClaimGraph<C> {
  const withClaims = sections.filter((section) => claims.some((claim) => claim.section === section.slug));
  const groups = withClaims.map((section) => ({ id: section.slug }));
  return graphOf(claims, relationEdges(claims), sectionKicker(sections), groups);
}

/** A section's claims, numbered as on its page, and the claims of other sections they relate to. */
export function sectionGraph<C extends GraphClaim>(claims: readonly C[], slug: string, sections: readonly SectionName[]): ClaimGraph<C> {
  const own = claims.filter((claim) => claim.section === slug);
  const ownIds = new Set(own.map((claim) => claim.id));
  const edges = relationEdges(claims).filter(({ source, target }) => ownIds.has(source) || ownIds.has(target));
  const ids = new Set(edges.flatMap(({ source, target }) => [source, target]).concat([...ownIds]));
  const elsewhere = sectionKicker(sections);
  const kicker = (claim: C) => (ownIds.has(claim.id) ? `${own.indexOf(claim) + 1} · ${claimTypes[claim.type].zh}` : elsewhere(claim));
  return graphOf(claims.filter((claim) => ids.has(claim.id)), edges, kicker);
}

/** One claim and the claims it relates to, either way. */
export function neighbourhoodGraph<C extends GraphClaim>(claims: readonly C[], id: string, sections: readonly SectionName[]): ClaimGraph<C> {
  const edges = relationEdges(claims).filter(({ source, target }) => source === id || target === id);
  const near = new Set([id, ...edges.flatMap(({ source, target }) => [source, target])]);
  return graphOf(claims.filter((claim) => near.has(claim.id)), edges, sectionKicker(sections));
}
