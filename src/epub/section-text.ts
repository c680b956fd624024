/**
 * A section's text for the e-book, through the site's own plugins (src/markdown/): the edition's
 * Markdown, the claims anchored by remark-claims, the paragraph ids of rehype-block-anchors. Only
 * the claim's markup differs: a note reference where the page has a marker button, since an
 * e-reader shows a footnote on its own (markdown → mdast → hast).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element, ElementContent, Root } from 'hast';
import { remarkClaims, sectionFile } from '../markdown/remark-claims.ts';
import { rehypeBlockAnchors } from '../markdown/rehype-block-anchors.ts';
import type { ClaimNodeData } from '../claims/anchor-claims.ts';
import { claimHandlersFor } from '../notes-view/claim-to-hast.ts';
import type { LoadedClaim } from '../claims/load-annotations.ts';
import { claimTypes } from '../claims/vocabulary.ts';

/** The ids of a claim's note and of its reference in the text (`--` never occurs in a claim id). */
export const noteId = (claimId: string) => `${claimId}--note`;
export const noteRefId = (claimId: string) => `${claimId}--ref`;

/** What the reference says, as on paper: the type and the note's number in the section, 〔预测 2〕. */
export const noteLabel = (claim: Pick<ClaimNodeData, 'type' | 'number'>) => `〔${claimTypes[claim.type].zh} ${claim.number}〕`;

function noteRef(claim: ClaimNodeData): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { id: noteRefId(claim.id), className: ['noteref'], href: `#${noteId(claim.id)}`, 'epub:type': 'noteref', role: 'doc-noteref' },
    children: [{ type: 'text', value: noteLabel(claim) }],
  };
}

function claimElement(tagName: 'span' | 'div', claim: ClaimNodeData, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName,
    properties: { id: claim.id, className: ['claim', `claim-${claim.type}`, tagName === 'div' ? 'claim-block' : 'claim-inline'] },
    children: [noteRef(claim), ...children],
  };
}

/** Renders every section's Markdown with its claims: one processor for the whole book. */
export function sectionTexts(claims: readonly LoadedClaim[]) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkClaims, { claims })
    .use(remarkRehype, { handlers: claimHandlersFor(claimElement) as never })
    .use(rehypeBlockAnchors, { selfLinks: false });
  return (slug: string, markdown: string, path: string): Root => {
    const file = sectionFile(slug, markdown, path);
    return processor.runSync(processor.parse(file), file) as Root;
  };
}
