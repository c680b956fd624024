/**
 * A section slug is kebab-case ASCII like a claim id; the brand keeps a slug from being passed
 * where an arbitrary string (a claim id, a title) is meant.
 */
export type SectionSlug = string & { readonly __brand: 'SectionSlug' };
