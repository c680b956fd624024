/**
 * remark plugin: anchors the claims of the section being rendered (mdast → mdast). The section is
 * named by the `section` field of the front matter the sections loader prepends; Markdown without
 * it is left alone.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { anchorClaims } from '../claims/anchor-claims.ts';
import type { LoadedClaim } from '../claims/load-annotations.ts';

export interface RemarkClaimsOptions {
  claims: readonly LoadedClaim[];
}

/** A section's Markdown as the sections loader hands it to the processor: its slug in the front matter. */
export const sectionFile = (slug: string, markdown: string, path: string) => new VFile({ path, value: markdown, data: { astro: { frontmatter: { section: slug } } } });

export function sectionOf(file: VFile): string | undefined {
  const astro = file.data.astro as { frontmatter?: { section?: unknown } } | undefined;
  const section = astro?.frontmatter?.section;
  return typeof section === 'string' ? section : undefined;
}

export function remarkClaims({ claims }: RemarkClaimsOptions) {
  // Grouped once, so rendering every section costs time in proportion to the essay.
  const bySection = Map.groupBy(claims, (claim) => claim.section);
  return (tree: Root, file: VFile) => {
    const section = sectionOf(file);
    if (section === undefined) return;
    anchorClaims(tree, bySection.get(section) ?? [], section);
  };
}
