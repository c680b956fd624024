/**
 * A section's text as the claims see it (mdast → text).
 *
 * Each paragraph, list item or heading is one unit of text; the section's text is the units joined
 * by "\n". Quotes in the annotations are written against this text, and anchoring maps offsets in
 * it back to the mdast nodes.
 */
import type { Paragraph, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

export interface TextUnit {
  /** The node whose phrasing children hold the unit's text. */
  node: Paragraph | Heading;
  /** The child of the root that contains the unit (the paragraph itself, or its list). */
  top: RootContent;
  /** Offsets of the unit in the section text, end exclusive. */
  start: number;
  end: number;
}

export interface SectionText {
  text: string;
  units: TextUnit[];
}

export const unitSeparator = '\n';

export function sectionText(root: Root): SectionText {
  const units: TextUnit[] = [];
  let offset = 0;
  visitParents(root, (node, ancestors) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const top = (ancestors[1] ?? node) as RootContent;
    const length = toString(node).length;
    if (units.length > 0) offset += unitSeparator.length;
    units.push({ node, top, start: offset, end: offset + length });
    offset += length;
    return 'skip';
  });
  return { text: units.map((unit) => toString(unit.node)).join(unitSeparator), units };
}
