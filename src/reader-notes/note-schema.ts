/**
 * A reader's own note or highlight: the one schema for what the browser stores, exports, imports
 * and shares. zod's mini build, since this is checked in the reader's browser.
 */
import * as z from 'zod/mini';

/** What one file, one note or one share may hold: past these, a clear message and nothing changed. */
export const limits = {
  /** Bytes of an imported file. */
  fileBytes: 5 * 1024 * 1024,
  /** Notes in an import, in the store, or in a share. */
  notes: 5_000,
  shared: 50,
  /** Characters of a note and of the words it is on. */
  noteLength: 10_000,
  quoteLength: 5_000,
  /** Tags of a note, and characters of a tag. */
  tags: 50,
  tagLength: 100,
} as const;

/**
 * No control characters (line breaks and tabs aside): a note is text, shown as text. Nor the
 * characters that reorder text around them (U+202A–U+202E, U+2066–U+2069): an imported
 * "htdiw orez exe.png" must not pass for something else.
 */
const plain = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), '含有控制字符'),
    z.refine((value) => !/[\u202A-\u202E\u2066-\u2069]/.test(value), '含有改变文字方向的控制字符'),
  );

export const readerNoteSchema = z.object({
  /** Unique across the reader's devices: a UUID for notes made here, the source's id for imported ones. */
  id: plain(200).check(z.minLength(1)),
  /** The section page the words are on (its slug). */
  section: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '不是本文的章节名')),
  exact: plain(limits.quoteLength).check(z.minLength(1)),
  prefix: plain(64),
  suffix: plain(64),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** The reader's words; empty for a highlight alone. */
  note: plain(limits.noteLength),
  /** Tags, as Hypothesis keeps them; absent for notes that have none. */
  tags: z.optional(z.array(plain(limits.tagLength).check(z.minLength(1))).check(z.maxLength(limits.tags))),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
});

export type ReaderNote = z.infer<typeof readerNoteSchema>;
