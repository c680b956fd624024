/** The one schema of a section as the pages see it (the `sections` content collection). */
import { z } from 'zod';

const neighbour = z.object({ slug: z.string(), title: z.string() }).nullable();

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
  /** Characters of text, without whitespace. */
  characters: z.number().int().positive(),
  readingMinutes: z.number().int().positive(),
});

export type Section = z.infer<typeof sectionSchema>;
