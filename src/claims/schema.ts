/**
 * The one schema of a claim. The annotation files are validated with `claimEntrySchema`; the
 * `claims` content collection stores `claimSchema` (the entry plus the section it belongs to,
 * which is the name of its file).
 */
import { z } from 'zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { claimTypeIds, glossaryVariant, originalCheckIds, relationAuthorIds, relationTypeIds, topicIds } from './vocabulary.ts';
import { original } from '../essay/original.ts';

/** Two or more lowercase ASCII words joined by single hyphens: never `p3`, never `x--card`. */
export const claimIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** Characters in a claim's Chinese title at most. */
export const titleMaxLength = 50;

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

/**
 * Words that belong to one part of a claim's commentary only: the pages print each part's label
 * (编者按, 译文) and a reading's check against the original, so the same words typed into another
 * part would put one voice in another's mouth. A match stops the build (`editor-voice`).
 */
function voice(pattern: RegExp, why: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const found = pattern.exec(text);
    if (found) ctx.addIssue({ code: 'custom', message: `has “${found[0]}”: ${why}`, params: { ruleId: 'editor-voice' } });
  };
}

/** The edition's words use the glossary's term; the translation's own words, quoted in “…”, stay. */
function glossaryTerms(text: string, ctx: z.RefinementCtx) {
  const variant = glossaryVariant(text);
  if (variant) ctx.addIssue({ code: 'custom', message: `has “${variant.found}”: the edition writes “${variant.term}” (quote the translation's words in “…”)`, params: { ruleId: 'glossary' } });
}

/** The note speaks for the text: what it says and what it does in the argument. */
const textNote = noteSchema.superRefine(
  voice(/编者|英文原文|原文未能核对/, "a note speaks for the text; put the editor's judgement in `editor_note` and readings of the translation in `translation`"),
).superRefine(glossaryTerms);
/** The editor's judgement; the pages label it 编者按. */
const editorNote = noteSchema.superRefine(
  voice(/^编者按|英文原文/, 'the pages label this part 编者按 themselves; a reading of the translation goes in `translation`'),
).superRefine(glossaryTerms);
/** A reading of the translation; the pages add whether the original was checked. */
const translationNote = noteSchema.superRefine(
  voice(/编者按|英文原文未能核对|据英文原文/, 'the pages print the label and the `original` check themselves'),
).superRefine(glossaryTerms);

export const translationSchema = z.strictObject({
  /** Where the Chinese departs from the English, or how a garbled phrase is read. */
  note: translationNote,
  /** `checked` only where the editor read the original at this point (the claim then cites it). */
  original: z.enum(originalCheckIds),
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
  /**
   * Set when the relation holds under one reading of an ambiguous passage only: names that reading
   * in a few words (the claims' 译文 gives the others). Every page and map that draws the relation
   * says so beside it, so a reader sees it before following it.
   */
  reading: plainText.max(40).optional(),
});

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const sourceSchema = z.strictObject({
  title: plainText,
  url: webUrl,
  /** The day the editor last read the source at `url`, for a page that may change or go away. */
  accessed: isoDate.optional(),
  /** A copy kept by a web archive, and the day it was taken, when the editor read that copy. */
  archived: z.strictObject({ url: webUrl, date: isoDate }).optional(),
});

const claimFields = z.strictObject({
  /** Stable id, chosen by hand; the claim's URL fragment and permalink. Never derived from text. */
  id: z.string().regex(claimIdPattern, 'must be ASCII kebab-case of two or more words, like hardware-drives-progress'),
  /**
   * Short Chinese title: the claim itself, not a label, taken in at a glance (at most
   * `titleMaxLength` characters; a second reading goes to `translation`).
   */
  title: plainText
    .refine((title) => [...title].length <= titleMaxLength, {
      error: (issue) => `has ${[...(issue.input as string)].length} characters; a title has at most ${titleMaxLength} (move a second reading or a qualification to the note or \`translation\`)`,
      params: { ruleId: 'title-length' },
    })
    .superRefine(glossaryTerms),
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
  /** What the words say and do in the argument, in the text's own terms: short Markdown, no raw HTML. */
  note: textNote,
  /** The editor's judgement (interpretation, assessment, outside context), printed as 编者按. */
  editor_note: editorNote.optional(),
  /** Readings of the translation against the English original, each saying whether it was checked. */
  translation: z.array(translationSchema).default([]),
  relations: z.array(relationSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  /**
   * Ids this claim had before it was renamed. Their URLs keep working: the old permalink
   * redirects, and the old in-context fragment is an alias at the claim's start.
   */
  former_ids: z.array(z.string().regex(claimIdPattern)).default([]),
});

/** An entry of an annotation file: the fields, and a reading marked `checked` cites the original. */
export const claimEntrySchema = claimFields.superRefine((claim, ctx) => {
  claim.translation.forEach((reading, index) => {
    if (reading.original === 'checked' && !claim.sources.some((source) => source.url === original.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation', index, 'original'],
        message: `is \`checked\`, so the claim's \`sources\` must cite the English original (${original.url})`,
        params: { ruleId: 'unsourced-check' },
      });
    }
  });
});

export const claimSchema = claimFields.extend({
  /** The slug of the section whose words the claim covers. */
  section: z.string(),
});

export type ClaimEntry = z.infer<typeof claimEntrySchema>;
export type Claim = z.infer<typeof claimSchema>;
