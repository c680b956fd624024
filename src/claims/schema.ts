/**
 * The one schema of a claim. The annotation files are validated with `claimEntrySchema`; the
 * `claims` content collection stores `claimSchema` (the entry plus the section it belongs to,
 * which is the name of its file).
 */
import { z } from 'zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { claimTypeIds, relationAuthorIds, relationTypeIds, topicIds } from './vocabulary.ts';

/** Two or more lowercase ASCII words joined by single hyphens: never `p3`, never `x--card`. */
export const claimIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A short Markdown note: text and inline formatting, links only to the web, never raw HTML. */
const noteSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((note, ctx) => {
    visit(fromMarkdown(note), (node) => {
      if (node.type === 'html') {
        ctx.addIssue({ code: 'custom', message: `raw HTML is not allowed in a note: ${JSON.stringify(node.value)}` });
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !/^https?:\/\//i.test(node.url)) {
        ctx.addIssue({ code: 'custom', message: `a note may link only to http(s) URLs, not ${JSON.stringify(node.url)}` });
      }
    });
  });

const plainText = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !/[<>]/.test(value), { message: 'must be plain text, without < or >' });

const keywordList = z
  .array(plainText.refine((value) => !/[,，、;；]/.test(value), { message: 'must be one keyword, without commas or semicolons' }))
  .min(1)
  .refine((words) => new Set(words.map((word) => word.toLowerCase())).size === words.length, { message: 'lists a keyword twice' });

export const relationSchema = z.strictObject({
  /** How this claim bears on the target. */
  type: z.enum(relationTypeIds),
  /** The id of another claim, in any section. */
  target: z.string().regex(claimIdPattern),
  /** `editor` when the link is the editor's reading rather than the essay's own (pages say so). */
  by: z.enum(relationAuthorIds).default('essay'),
});

export const sourceSchema = z.strictObject({
  title: plainText,
  url: webUrl,
});

export const claimEntrySchema = z.strictObject({
  /** Stable id, chosen by hand; the claim's URL fragment and permalink. Never derived from text. */
  id: z.string().regex(claimIdPattern, 'must be ASCII kebab-case of two or more words, like hardware-drives-progress'),
  /** Short Chinese title: the claim itself, not a label. */
  title: plainText,
  /** English title, indexed for English searches. */
  title_en: plainText,
  /**
   * The reader's words for the claim's idea that its titles lack (synonyms, everyday and
   * technical terms), in Chinese and English. Searched with less weight than the titles.
   */
  keywords: z.strictObject({ zh: keywordList, en: keywordList }),
  type: z.enum(claimTypeIds),
  topics: z
    .array(z.enum(topicIds))
    .min(1)
    .refine((topics) => new Set(topics).size === topics.length, { message: 'lists a topic twice' }),
  /** The exact words of the essay the claim covers (blocks separated by a newline). */
  quote: z.string().min(1),
  /** Words immediately before the quote, when the quote alone occurs more than once. */
  prefix: z.string().min(1).optional(),
  /** Words immediately after the quote, likewise. */
  suffix: z.string().min(1).optional(),
  /** The annotator's commentary: short Markdown, no raw HTML. */
  note: noteSchema,
  relations: z.array(relationSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  /**
   * Ids this claim had before it was renamed. Their URLs keep working: the old permalink
   * redirects, and the old in-context fragment is an alias at the claim's start.
   */
  former_ids: z.array(z.string().regex(claimIdPattern)).default([]),
});

export const claimSchema = claimEntrySchema.extend({
  /** The slug of the section whose words the claim covers. */
  section: z.string(),
});

export type ClaimEntry = z.infer<typeof claimEntrySchema>;
export type Claim = z.infer<typeof claimSchema>;
