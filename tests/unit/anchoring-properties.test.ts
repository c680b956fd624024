/**
 * Property: for any set of annotations drawn from the essay's own text (random phrases, whole
 * blocks, repeated words, overlapping and nested ranges, right, missing and wrong prefixes and
 * suffixes, mostly listed in the order of their words but sometimes not), anchoring either puts
 * every claim exactly on its words, or stops with one of the named errors, and that error is true
 * of the input. Never a crash without a message, never a claim dropped or anchored to the wrong
 * words.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { anchorClaims } from '../../src/claims/anchor-claims.ts';
import { locateQuote } from '../../src/claims/locate-quote.ts';
import { sectionText, unitSeparator } from '../../src/essay/text-units.ts';
import { readEdition } from '../../src/source.ts';
import { testClaim } from './helpers.ts';

const sections = readEdition().sections;
const namedErrors = ['quote-not-found', 'quote-ambiguous', 'claims-overlap', 'partial-block', 'claims-out-of-order'];

interface Draft {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Where the quote was drawn from, if it was: annotation files list claims in this order. */
  from?: { start: number; end: number };
}

/** Outer claims first: by start, then the longer one (as the annotation files must list them). */
const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;

/** A quote drawn from the section text, with an optional prefix or suffix (right or wrong). */
function draftArbitrary(text: string, blockStarts: number[], blockEnds: number[]): fc.Arbitrary<Draft> {
  const phrase = fc.integer({ min: 0, max: text.length - 1 }).chain((start) =>
    fc.integer({ min: 1, max: 60 }).map((length) => ({ start, end: Math.min(text.length, start + length) })),
  );
  const blocks = fc.integer({ min: 0, max: blockStarts.length - 1 }).chain((first) =>
    fc.integer({ min: first, max: Math.min(blockStarts.length - 1, first + 3) }).map((last) => ({ start: blockStarts[first]!, end: blockEnds[last]! })),
  );
  const range = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: blocks });
  const context = fc.constantFrom<'none' | 'prefix' | 'suffix' | 'wrong-prefix' | 'wrong-suffix'>(
    ...Array<'none'>(12).fill('none'), 'prefix', 'prefix', 'suffix', 'suffix', 'wrong-prefix', 'wrong-suffix',
  );
  const drawn = fc.tuple(range, context, fc.integer({ min: 1, max: 6 })).map(([{ start, end }, kind, width]): Draft => {
    const quote = text.slice(start, end);
    const from = { start, end };
    if (kind === 'prefix' && start > 0) return { quote, from, prefix: text.slice(Math.max(0, start - width), start) };
    if (kind === 'suffix' && end < text.length) return { quote, from, suffix: text.slice(end, end + width) };
    if (kind === 'wrong-prefix') return { quote, from, prefix: '✗' };
    if (kind === 'wrong-suffix') return { quote, from, suffix: '✗' };
    return { quote, from };
  });
  const repeated = fc.constantFrom('机器学习', '的', '硬件', '论文', '数据', '。');
  const misquoted = drawn.map((draft) => ({ ...draft, quote: `${draft.quote.slice(0, 3)}★${draft.quote.slice(3)}` }));
  return fc.oneof(
    { weight: 30, arbitrary: drawn },
    { weight: 1, arbitrary: repeated.map((quote) => ({ quote })) },
    { weight: 1, arbitrary: misquoted },
  ).filter((draft) => draft.quote.trim().length > 0 && !draft.quote.startsWith(unitSeparator) && !draft.quote.endsWith(unitSeparator));
}

/** Each claim node's offsets in the section text, walking the anchored tree. */
function claimSpans(tree: Root): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  let offset = 0;
  let units = 0;
  const walk = (node: Root | RootContent) => {
    // A block claim starts where its first unit's text does, after the separator if any.
    const start = units === 0 ? offset : offset + unitSeparator.length;
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (units++ > 0) offset += unitSeparator.length;
      const inline = (child: RootContent) => {
        const from = offset;
        if ('children' in child) for (const grandchild of (child as Parent).children) inline(grandchild);
        else offset += toString(child).length;
        if (child.type === 'claim') spans.set(child.data.claim.id, { start: from, end: offset });
      };
      for (const child of node.children) inline(child);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child);
    if (node.type === 'claimBlock') spans.set(node.data.claim.id, { start, end: offset });
  };
  walk(tree);
  return spans;
}

describe('anchoring random annotation sets drawn from the essay', () => {
  test.each(sections.map((section) => [section.slug, section] as const))('%s', (_slug, section) => {
    const { text, units } = sectionText(fromMarkdown(section.markdown));
    const tops = [...new Set(units.map((unit) => unit.top))];
    const blockStarts = tops.map((top) => units.find((unit) => unit.top === top)!.start);
    const blockEnds = tops.map((top) => units.findLast((unit) => unit.top === top)!.end);
    const drafts = fc.array(draftArbitrary(text, blockStarts, blockEnds), { minLength: 1, maxLength: 6 });
    // Nine sets in ten are listed as an editor would, in the order of their words.
    const ordered = fc.constantFrom(true, true, true, true, true, true, true, true, true, false);

    fc.assert(
      fc.property(drafts, ordered, (set, inOrder) => {
        const listed = inOrder ? [...set].sort((a, b) => (a.from && b.from ? byPlace(a.from, b.from) : 0)) : set;
        const claims = listed.map(({ from: _from, ...draft }, index) => testClaim({ id: `claim-${index}`, ...draft }, index + 1));
        const tree = fromMarkdown(section.markdown);
        try {
          anchorClaims(tree, claims, section.slug);
        } catch (error) {
          // A named error, about one of these claims, and true of the input.
          const message = error as { fatal?: boolean; ruleId?: string; reason: string };
          expect(message.fatal, String(error)).toBe(true);
          expect(namedErrors).toContain(message.ruleId);
          expect(message).toMatchObject({ file: 'src/annotations/test.yaml' });
          const named = claims.find((claim) => message.reason.startsWith(`Claim \`${claim.id}\``));
          expect(named, message.reason).toBeDefined();
          const match = locateQuote(text, named!);
          if (message.ruleId === 'quote-not-found') expect(match.kind).toBe('missing');
          if (message.ruleId === 'quote-ambiguous') expect(match.kind).toBe('ambiguous');
          if (message.ruleId === 'claims-overlap' || message.ruleId === 'partial-block') expect(match.kind).toBe('found');
          if (message.ruleId === 'claims-out-of-order') {
            // True: the claim listed just before it starts after it (or nests in it).
            const previous = claims[claims.indexOf(named!) - 1]!;
            const before = locateQuote(text, previous);
            expect(match.kind === 'found' && before.kind === 'found' && byPlace(before, match) > 0).toBe(true);
          }
          return;
        }
        // Success: every claim once, on exactly the words its selector names; the words unchanged.
        expect(sectionText(tree).text).toBe(text);
        const spans = claimSpans(tree);
        expect([...spans.keys()].sort()).toEqual(claims.map((claim) => claim.id).sort());
        for (const claim of claims) {
          const match = locateQuote(text, claim);
          expect(match.kind).toBe('found');
          if (match.kind !== 'found') return;
          expect(spans.get(claim.id)).toEqual({ start: match.start, end: match.end });
          expect(text.slice(match.start, match.end)).toBe(claim.quote);
        }
      }),
      { numRuns: 200 },
    );
  });
});
