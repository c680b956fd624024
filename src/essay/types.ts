/**
 * Branded strings: a section slug and a claim id are both kebab-case ASCII, and the types keep
 * one from being passed where the other is meant.
 */
export type SectionSlug = string & { readonly __brand: 'SectionSlug' };
export type ClaimId = string & { readonly __brand: 'ClaimId' };
