/**
 * mdast → hast for claim nodes: `remark-rehype` handlers that turn a claim into a `<span>` (words
 * within a paragraph) or a `<div>` (whole blocks) carrying the claim's id, type and topics, led by
 * a marker button that shows the type and opens the claim's card.
 *
 * The marker's label is CSS generated content (`data-label`) so that the page's text, which
 * annotation tools anchor quotes in, stays exactly the essay's words. The wrapper itself has no
 * role or name: a screen reader hears the essay's words once, and the marker as a short control
 * ("预测批注 2") whose card is labelled by the claim's title.
 */
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { claimTypes } from '../claims/vocabulary.ts';
import type { ClaimBlock, ClaimNodeData, ClaimPhrasing } from '../claims/anchor-claims.ts';

/** The id of a claim's card (the popover the marker opens). `--` never occurs in a claim id. */
export const cardId = (claimId: string) => `${claimId}--card`;

/** The marker's accessible name: the type it shows, and the note's number in the section. */
export function markerLabel(claim: Pick<ClaimNodeData, 'type' | 'number'>): string {
  return `${claimTypes[claim.type].zh}批注 ${claim.number}`;
}

function claimElement(tagName: 'span' | 'div', claim: ClaimNodeData, children: ElementContent[]): Element {
  const marker: Element = {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['claim-marker'],
      popovertarget: cardId(claim.id),
      ariaLabel: markerLabel(claim),
      dataLabel: claimTypes[claim.type].zh,
      dataClaimType: claim.type,
    },
    children: [],
  };
  return {
    type: 'element',
    tagName,
    properties: {
      id: claim.id,
      className: ['claim', tagName === 'div' ? 'claim-block' : 'claim-inline'],
      dataClaimType: claim.type,
    },
    children: [...claim.formerIds.map(alias), marker, ...children],
  };
}

/** An old id of a renamed claim, kept as an empty anchor so old links still land here. */
function alias(id: string): Element {
  return { type: 'element', tagName: 'span', properties: { id, className: ['claim-alias'] }, children: [] };
}

/** What a claim's words become: a `span` within a paragraph, a `div` around whole blocks. */
export type ClaimElement = (tagName: 'span' | 'div', claim: ClaimNodeData, children: ElementContent[]) => Element;

/** remark-rehype handlers for the claim nodes, each drawn by `element` (the page's, or the e-book's). */
export function claimHandlersFor(element: ClaimElement) {
  return {
    claim(state: State, node: ClaimPhrasing): Element {
      const result = element('span', node.data.claim, state.all(node));
      state.patch(node, result);
      return result;
    },
    claimBlock(state: State, node: ClaimBlock): Element {
      const result = element('div', node.data.claim, state.wrap(state.all(node), true));
      state.patch(node, result);
      return result;
    },
  };
}

export const claimHandlers = claimHandlersFor(claimElement);
