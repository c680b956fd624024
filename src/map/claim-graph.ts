/**
 * Which claims and relations a map shows (claims → graph): the whole essay in its sections, one
 * section with the claims elsewhere that it touches, or one claim with its neighbours.
 */
import { relationEdges } from '../claims/relations.ts';
import type { Claim } from '../claims/schema.ts';
import { claimTypes } from '../claims/vocabulary.ts';
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

/** 引言, 第 3 节: a section's short name, as its page's kicker gives it. */
export const sectionShortName = (section: Pick<SectionName, 'order'>) => (section.order === 0 ? '引言' : `第 ${section.order} 节`);

function graphOf<C extends GraphClaim>(all: readonly C[], shown: readonly C[], kicker: (claim: C) => string, keepEdge: (source: string, target: string) => boolean, groups: MapGroupInput[] = []): ClaimGraph<C> {
  const ids = new Set(shown.map((claim) => claim.id));
  return {
    claims: [...shown],
    nodes: shown.map((claim) => ({ id: claim.id, kicker: kicker(claim), title: claim.title, type: claim.type, group: groups.length > 0 ? claim.section : undefined })),
    edges: relationEdges(all).filter(({ source, target }) => ids.has(source) && ids.has(target) && keepEdge(source, target)),
    groups,
  };
}

/** Every claim, drawn inside its section, and every relation. */
export function essayGraph<C extends GraphClaim>(claims: readonly C[], sections: readonly SectionName[]): ClaimGraph<C> {
  const withClaims = sections.filter((section) => claims.some((claim) => claim.section === section.slug));
  const groups = withClaims.map((section) => ({ id: section.slug }));
  const order = new Map(sections.map((section) => [section.slug, section]));
  return graphOf(claims, claims, (claim) => `${sectionShortName(order.get(claim.section)!)} · ${claimTypes[claim.type].zh}`, () => true, groups);
}

/** A section's claims, numbered as on its page, and the claims of other sections they relate to. */
export function sectionGraph<C extends GraphClaim>(claims: readonly C[], slug: string, sections: readonly SectionName[]): ClaimGraph<C> {
  const own = claims.filter((claim) => claim.section === slug);
  const ownIds = new Set(own.map((claim) => claim.id));
  const touching = new Set(relationEdges(claims).flatMap(({ source, target }) => (ownIds.has(source) ? [target] : ownIds.has(target) ? [source] : [])));
  const shown = claims.filter((claim) => ownIds.has(claim.id) || touching.has(claim.id));
  const order = new Map(sections.map((section) => [section.slug, section]));
  const kicker = (claim: C) =>
    ownIds.has(claim.id)
      ? `${own.indexOf(claim) + 1} · ${claimTypes[claim.type].zh}`
      : `${sectionShortName(order.get(claim.section)!)} · ${claimTypes[claim.type].zh}`;
  return graphOf(claims, shown, kicker, (source, target) => ownIds.has(source) || ownIds.has(target));
}

/** One claim and the claims it relates to, either way. */
export function neighbourhoodGraph<C extends GraphClaim>(claims: readonly C[], id: string, sections: readonly SectionName[]): ClaimGraph<C> {
  const near = new Set([id, ...relationEdges(claims).flatMap(({ source, target }) => (source === id ? [target] : target === id ? [source] : []))]);
  const order = new Map(sections.map((section) => [section.slug, section]));
  const kicker = (claim: C) => `${sectionShortName(order.get(claim.section)!)} · ${claimTypes[claim.type].zh}`;
  return graphOf(claims, claims.filter((claim) => near.has(claim.id)), kicker, (source, target) => source === id || target === id);
}
