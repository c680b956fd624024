/**
 * Anchors a section's claims to its words (mdast → mdast).
 *
 * Each claim's quote is located in the section text (see ../essay/text-units.ts); then the words
 * are wrapped in a `claim` node (within one paragraph or list item, splitting emphasis and the
 * like where a boundary falls inside them) or the whole blocks in a `claimBlock` node. Claims may
 * nest; any other overlap, a quote that is missing or ambiguous, or a quote that covers part of a
 * block and crosses into another stops the build with a message naming the claim and its entry.
 */
import type { Data, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fail } from '../errors.ts';
import { sectionText, type TextUnit } from '../essay/text-units.ts';
import { locateQuote } from './locate-quote.ts';
import type { LoadedClaim } from './load-annotations.ts';

/** What the mdast → hast step needs to know about a claim. */
export interface ClaimNodeData {
  id: string;
  formerIds: string[];
  title: string;
  type: LoadedClaim['type'];
  topics: LoadedClaim['topics'];
  /** 1-based place of the claim in its section, in the order its words appear (notes are numbered so). */
  number: number;
}

interface ClaimData extends Data {
  claim: ClaimNodeData;
}

export interface ClaimPhrasing extends Parent {
  type: 'claim';
  children: PhrasingContent[];
  data: ClaimData;
}

export interface ClaimBlock extends Parent {
  type: 'claimBlock';
  children: RootContent[];
  data: ClaimData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claim: ClaimPhrasing;
  }
  interface RootContentMap {
    claim: ClaimPhrasing;
    claimBlock: ClaimBlock;
  }
  interface BlockContentMap {
    claimBlock: ClaimBlock;
  }
}

interface Anchored {
  claim: LoadedClaim;
  number: number;
  start: number;
  end: number;
}

/** Fails the build on the claim's annotation file, at its entry. */
export function failClaim(claim: LoadedClaim, reason: string, ruleId: string, found?: { actual: string; expected: string[] }): never {
  const { path, entry, line, column } = claim.origin;
  fail(path, `Claim \`${claim.id}\` (entry ${entry}): ${reason}`, { place: { line, column }, ruleId, source: 'claims', ...found });
}

export function anchorClaims(tree: Root, claims: readonly LoadedClaim[], section: string): void {
  const { text, units } = sectionText(tree);
  const anchored = claims.map((claim, index) => locate(claim, index + 1, text, section));
  checkNesting(anchored);
  checkOrder(anchored, section);

  // Outer claims are wrapped before the claims nested in them, whatever the data's order.
  const blocks: Anchored[] = [];
  const inline = new Map<TextUnit, Anchored[]>();
  for (const item of [...anchored].sort(outerFirst)) {
    const first = unitAt(units, item.start);
    if (first && item.end <= first.end) {
      inline.set(first, [...(inline.get(first) ?? []), item]);
    } else {
      blocks.push(item);
    }
  }
  for (const item of blocks) wrapBlocks(tree, units, item);
  for (const [unit, items] of inline) {
    for (const item of items) wrapPhrasing(unit, item);
  }
}

function locate(claim: LoadedClaim, number: number, text: string, section: string): Anchored {
  const match = locateQuote(text, claim);
  if (match.kind === 'missing') {
    failClaim(claim, `quote not found in section \`${section}\`: ${JSON.stringify(claim.quote)}; the closest passage is ${JSON.stringify(match.closest)}`, 'quote-not-found', {
      actual: claim.quote,
      expected: [match.closest],
    });
  }
  if (match.kind === 'ambiguous') {
    failClaim(claim, `quote found ${match.count} times in section \`${section}\`: ${JSON.stringify(claim.quote)}; add a \`prefix\` or \`suffix\` to say which`, 'quote-ambiguous');
  }
  return { claim, number, start: match.start, end: match.end };
}

/** Outer claims first: by start, then the longer one. Stable for identical ranges. */
const outerFirst = (a: Anchored, b: Anchored) => a.start - b.start || b.end - a.end;

/** Claims must nest like parentheses. */
function checkNesting(anchored: Anchored[]): void {
  const open: Anchored[] = [];
  for (const item of [...anchored].sort(outerFirst)) {
    while (open.length > 0 && open.at(-1)!.end <= item.start) open.pop();
    const outer = open.at(-1);
    if (outer && item.end > outer.end) {
      failClaim(item.claim, `overlaps claim \`${outer.claim.id}\` (${outer.claim.origin.path} entry ${outer.claim.origin.entry}) without nesting in it; make one quote contain the other or keep them apart`, 'claims-overlap');
    }
    open.push(item);
  }
}

/**
 * The data lists a section's claims in the order their words appear (an outer claim before the
 * claims nested in it), so that "essay order" means the same thing in the text, the notes, their
 * numbers and the claims index.
 */
function checkOrder(anchored: Anchored[], section: string): void {
  for (let index = 1; index < anchored.length; index++) {
    const previous = anchored[index - 1]!;
    const item = anchored[index]!;
    if (outerFirst(previous, item) > 0) {
      failClaim(item.claim, `is listed after claim \`${previous.claim.id}\` (entry ${previous.claim.origin.entry}) but its words come first in section \`${section}\`; list claims in the order their words appear, an outer claim before the claims nested in it`, 'claims-out-of-order');
    }
  }
}

function unitAt(units: readonly TextUnit[], offset: number): TextUnit | undefined {
  // Binary search: units are in text order and do not overlap.
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const unit = units[mid]!;
    if (offset < unit.start) high = mid - 1;
    else if (offset >= unit.end) low = mid + 1;
    else return unit;
  }
  return undefined;
}

function claimData(claim: LoadedClaim, number: number): ClaimData {
  return { claim: { id: claim.id, formerIds: claim.former_ids, title: claim.title, type: claim.type, topics: claim.topics, number } };
}

// --- whole blocks ------------------------------------------------------------------------------

function wrapBlocks(tree: Root, units: readonly TextUnit[], item: Anchored): void {
  const first = unitAt(units, item.start);
  const last = unitAt(units, item.end - 1);
  const firstOfTop = first && units.find((unit) => unit.top === first.top);
  const lastOfTop = last && units.findLast((unit) => unit.top === last.top);
  if (!first || !last || item.start !== first.start || item.end !== last.end || firstOfTop !== first || lastOfTop !== last) {
    failClaim(item.claim, 'quote spans more than one paragraph or list item but does not cover whole paragraphs or whole lists; quote within one block, or whole consecutive blocks (every item of a list)', 'partial-block');
  }
  // Claims nest (checked above), so both blocks stand in the same container.
  const container = containerOf(tree, first.top)!;
  const from = container.children.indexOf(first.top);
  const to = container.children.indexOf(last.top);
  const wrapper: ClaimBlock = {
    type: 'claimBlock',
    children: container.children.slice(from, to + 1) as RootContent[],
    data: claimData(item.claim, item.number),
  };
  container.children.splice(from, to - from + 1, wrapper);
}

/** The root or claim block whose children include `node` (claim blocks nest). */
function containerOf(parent: Parent, node: RootContent): Parent | undefined {
  if (parent.children.includes(node)) return parent;
  for (const child of parent.children) {
    const found = child.type === 'claimBlock' ? containerOf(child, node) : undefined;
    if (found) return found;
  }
  return undefined;
}

// --- words within one paragraph or list item ---------------------------------------------------

function wrapPhrasing(unit: TextUnit, item: Anchored): void {
  let container: Parent = unit.node;
  let offset = unit.start;
  // Descend into an already wrapped outer claim that contains this one.
  descend: for (;;) {
    let at = offset;
    for (const child of container.children) {
      const length = toString(child).length;
      if (child.type === 'claim' && at <= item.start && item.end <= at + length) {
        container = child;
        offset = at;
        continue descend;
      }
      at += length;
    }
    break;
  }
  const from = splitAt(container, item.start - offset, item.claim);
  const to = splitAt(container, item.end - offset, item.claim);
  const wrapper: ClaimPhrasing = {
    type: 'claim',
    children: container.children.slice(from, to) as PhrasingContent[],
    data: claimData(item.claim, item.number),
  };
  container.children.splice(from, to - from, wrapper);
}

/**
 * Makes `offset` (in `parent`'s text) fall between two of its children, splitting a text node or
 * an inline parent such as emphasis in two. Returns the index of the child that starts there.
 */
function splitAt(parent: Parent, offset: number, claim: LoadedClaim): number {
  let at = 0;
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    const length = toString(child).length;
    if (offset === at) return index;
    if (offset < at + length) {
      const inner = offset - at;
      if ('value' in child && typeof child.value === 'string') {
        const { position: _dropped, ...rest } = child;
        const before = { ...rest, value: child.value.slice(0, inner) };
        const after = { ...rest, value: child.value.slice(inner) };
        parent.children.splice(index, 1, before as never, after as never);
        return index + 1;
      }
      if ('children' in child) {
        const split = splitAt(child, inner, claim);
        const { position: _dropped, ...rest } = child;
        const before = { ...rest, children: child.children.slice(0, split) };
        const after = { ...rest, children: child.children.slice(split) };
        parent.children.splice(index, 1, before as never, after as never);
        return index + 1;
      }
      failClaim(claim, `a boundary of the quote falls inside a \`${child.type}\` node, which cannot be split`, 'unsplittable-boundary');
    }
    at += length;
  }
  return parent.children.length;
}
