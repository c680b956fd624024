/**
 * Edition → section records (data the pages use): display titles, neighbours, plain text and
 * reading time. Pure; the sections loader stores these next to the rendered HTML.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import type { Edition, EditionSection } from './parse-edition.ts';
import type { Block, Section } from './section-schema.ts';
import { sectionText, unitSeparator, type SectionText } from './text-units.ts';

/** The introduction has no heading in the essay; this is the site's name for it. */
export const introductionTitle = '引言';

/** Characters a minute for an attentive reader of Chinese prose. */
export const charactersPerMinute = 400;

/** 引言, 第 3 节: how a section is numbered in kickers and map labels. */
export const sectionShortName = (section: Pick<Section, 'order'>) => (section.order === 0 ? introductionTitle : `第 ${section.order} 节`);

export const sectionTitle = (section: Pick<EditionSection, 'heading'>) => section.heading || introductionTitle;

export function plainText(markdown: string): string {
  return sectionText(fromMarkdown(markdown)).text;
}

export function blocksOf(markdown: string): Block[] {
  return groupUnits(sectionText(fromMarkdown(markdown)));
}

/**
 * The section's units of text as claims see them, grouped into paragraphs and lists: the same
 * units, so `blockUnits(blocks).join("\n")` is the section text.
 */
function groupUnits({ text, units }: SectionText): Block[] {
  const blocks: Block[] = [];
  let list: RootContent | undefined;
  for (const unit of units) {
    const words = text.slice(unit.start, unit.end);
    const last = blocks.at(-1);
    if (unit.top.type !== 'list') blocks.push({ kind: 'paragraph', text: words });
    else if (unit.top === list && last?.kind === 'list') last.items.push(words);
    else blocks.push({ kind: 'list', ordered: unit.top.ordered === true, start: unit.top.start ?? 1, items: [words] });
    list = unit.top;
  }
  return blocks;
}

/** The units of text of some blocks, in order. */
export const blockUnits = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));

export const blocksText = (blocks: readonly Block[]): string => blockUnits(blocks).join(unitSeparator);

export function toSections(edition: Edition): Section[] {
  const neighbour = (section: EditionSection | undefined) =>
    section ? { slug: section.slug, title: sectionTitle(section) } : null;
  return edition.sections.map((section, index) => {
    // One parse: the text and its blocks are the same units anchoring sees.
    const words = sectionText(fromMarkdown(section.markdown));
    const { text } = words;
    const characters = text.replace(/\s/g, '').length;
    return {
      slug: section.slug,
      heading: section.heading,
      title: sectionTitle(section),
      order: section.order,
      previous: neighbour(edition.sections[index - 1]),
      next: neighbour(edition.sections[index + 1]),
      text,
      blocks: groupUnits(words),
      characters,
      readingMinutes: Math.max(1, Math.round(characters / charactersPerMinute)),
    };
  });
}
