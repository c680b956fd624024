/**
 * The unified processor options for the essay, shared by the sections loader, the bench and the unit tests, so
 * that all render the essay through exactly the same plugins:
 *   markdown → mdast (remark-parse) → claims anchored (remark-claims) → hast (claim handlers)
 *   → paragraph ids and self-links (rehype-block-anchors) → HTML.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { claimHandlers } from '../notes-view/claim-to-hast.ts';
import type { LoadedClaim } from '../claims/load-annotations.ts';
import { remarkClaims } from './remark-claims.ts';
import { rehypeBlockAnchors } from './rehype-block-anchors.ts';

export function essayProcessorOptions(claims: readonly LoadedClaim[]): UnifiedProcessorOptions {
  return {
    remarkPlugins: [[remarkClaims, { claims }]],
    remarkRehype: { handlers: claimHandlers as never },
    rehypePlugins: [rehypeBlockAnchors],
    // The essay's quotation marks are already typographic, and claim quotes must match the
    // rendered text exactly.
    smartypants: false,
    gfm: false,
  };
}
