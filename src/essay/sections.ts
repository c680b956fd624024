/**
 * Edition → section records (data the pages use): display titles, neighbours, plain text and
 * reading time. Pure; the sections loader stores these next to the rendered HTML.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Edition, EditionSection } from './parse-edition.ts';
import type { Block, Section } from './section-schema.ts';
import { sectionText } from './text-units.ts';

/** The introduction has no heading in the essay; this is the site's name for it. */
export const introductionTitle = '引言';

/** Characters a minute for an attentive reader of Chinese prose. */
export const charactersPerMinute = 400;

export const sectionTitle = (section: Pick<EditionSection, 'heading'>) => section.heading || introductionTitle;

export function plainText(markdown: string): string {
  return sectionText(fromMarkdown(markdown)).text;
}

/** The section's paragraphs and lists; their units, joined by "\n", are `plainText`. */
export function blocksOf(markdown: string): Block[] {
  return fromMarkdown(markdown).children.flatMap((node): Block[] => {
    if (node.type === 'paragraph') return [{ kind: 'paragraph', text: toString(node) }];
    if (node.type === 'list') {
      return [{ kind: 'list', ordered: node.ordered === true, start: node.start ?? 1, items: node.children.map((item) => toString(item)) }];
    }
    return [];
  });
}

export function toSections(edition: Edition): Section[] {
  const neighbour = (section: EditionSection | undefined) =>
    section ? { slug: section.slug, title: sectionTitle(section) } : null;
  return edition.sections.map((section, index) => {
    const text = plainText(section.markdown);
    const characters = text.replace(/\s/g, '').length;
    return {
      slug: section.slug,
      heading: section.heading,
      title: sectionTitle(section),
      order: section.order,
      previous: neighbour(edition.sections[index - 1]),
      next: neighbour(edition.sections[index + 1]),
      text,
      blocks: blocksOf(section.markdown),
      characters,
      readingMinutes: Math.max(1, Math.round(characters / charactersPerMinute)),
    };
  });
}
