/** The one schema of a section as the pages see it (the `sections` content collection). */
import { z } from 'zod';

const neighbour = z.object({ slug: z.string(), title: z.string() }).nullable();

/** A block of the section's text: a paragraph, or a list with its items (one unit of text each). */
export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), start: z.number().int(), items: z.array(z.string()) }),
]);
export type Block = z.infer<typeof blockSchema>;

export const sectionSchema = z.object({
  slug: z.string(),
  /** The essay's own heading; empty for the introduction. */
  heading: z.string(),
  /** What the site calls the section: the heading, or 引言 for the introduction. */
  title: z.string(),
  /** 0 for the introduction, then 1–7. */
  order: z.number().int().nonnegative(),
  previous: neighbour,
  next: neighbour,
  /** The section's words: paragraphs and list items joined by newlines. */
  text: z.string(),
  /** The same words in their blocks, so a quote can be shown with its list's numbering. */
  blocks: z.array(blockSchema),
  /** Characters of text, without whitespace. */
  characters: z.number().int().positive(),
  readingMinutes: z.number().int().positive(),
});

export type Section = z.infer<typeof sectionSchema>;
