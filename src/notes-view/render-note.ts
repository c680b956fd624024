/**
 * A claim's commentary, Markdown → HTML, part by part (vocabulary.ts: noteParts): the note in the
 * text's voice, then 编者按, then readings of the translation, each labelled so whose words they
 * are can be seen. The schema has already refused raw HTML and non-web links, and remark-rehype
 * drops raw HTML anyway (no allowDangerousHtml), so the output is inert.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Claim } from '../claims/schema.ts';
import { noteParts, originalChecks, type OriginalCheck } from '../claims/vocabulary.ts';

export type NotePart = keyof typeof noteParts;

interface Framing {
  /** Marks every paragraph as this part's (class `note-editor_note`…), for the stylesheet. */
  part?: Exclude<NotePart, 'note'>;
  /** Printed before the first paragraph: whose words follow. */
  label?: string;
  /** Printed after the last paragraph: whether the original was checked. */
  check?: OriginalCheck;
}

/** Puts the label at the start of the first paragraph and the check at the end of the last. */
function frame(tree: Root, { part, label, check }: Framing) {
  const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
  if (part) for (const paragraph of paragraphs) paragraph.properties.className = [`note-${part.replace('_', '-')}`];
  if (label) paragraphs[0]?.children.unshift(h('span.note-label', label), { type: 'text', value: '：' });
  if (check) paragraphs.at(-1)?.children.push(h('span.note-check', `（${originalChecks[check].zh}）`));
}

// One processor for every note; each part's framing is applied to its own tree between the steps.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export function renderNote(markdown: string, framing: Framing = {}): string {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  frame(tree, framing);
  return processor.stringify(tree);
}

/** A note's words without Markdown, for meta descriptions and search. */
export function noteText(markdown: string): string {
  return toString(fromMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}

type Commented = Pick<Claim, 'note' | 'editor_note' | 'translation'>;

export interface RenderedPart {
  part: NotePart;
  html: string;
  /** The part's words as read aloud or searched, label and check included. */
  text: string;
}

/** The commentary's parts in reading order: note, 编者按, then each reading of the translation. */
export function commentaryParts(claim: Commented): RenderedPart[] {
  const parts: RenderedPart[] = [{ part: 'note', html: renderNote(claim.note), text: noteText(claim.note) }];
  if (claim.editor_note) {
    const label = noteParts.editor_note.zh;
    parts.push({ part: 'editor_note', html: renderNote(claim.editor_note, { part: 'editor_note', label }), text: `${label}：${noteText(claim.editor_note)}` });
  }
  for (const { note, original } of claim.translation) {
    const label = noteParts.translation.zh;
    parts.push({ part: 'translation', html: renderNote(note, { part: 'translation', label, check: original }), text: `${label}：${noteText(note)}（${originalChecks[original].zh}）` });
  }
  return parts;
}

/** The whole commentary as HTML, parts in order. */
export function commentaryHtml(claim: Commented): string {
  return commentaryParts(claim).map((part) => part.html).join('');
}

/** The whole commentary as plain text, parts in order. */
export function commentaryText(claim: Commented): string {
  return commentaryParts(claim).map((part) => part.text).join(' ');
}
