/**
 * Notes saved while the passage control (复制链接 / 划线 / 批注) still stood inside the section's
 * `#text` carry its labels in their context (`suffix: "复制论断链接复制链接划线批注"`), and their
 * offsets may count them. The control now stands outside the text; this finds such notes and
 * describes their words again from the text as it is. Pure: a note and a text in, a note out.
 */
import { describeText, locate } from '../links/text-selectors.ts';
import type { ReaderNote } from './note-schema.ts';

/** The control's labels as the text read them, with and without 复制论断链接 (words inside a claim). */
const residues = ['复制论断链接复制链接划线批注', '复制链接划线批注'];
/** Shorter than this, a label's piece at a context's edge may be the essay's own words. */
const shortest = 4;

/** The context without the labels: whole runs anywhere, and a run cut off at the context's far edge. */
function clean(value: string, edge: 'start' | 'end' | 'none'): string {
  let cleaned = residues.reduce((text, residue) => text.split(residue).join(''), value);
  for (const residue of residues) {
    for (let length = residue.length - 1; length >= shortest; length -= 1) {
      if (edge === 'end' && cleaned.endsWith(residue.slice(0, length))) cleaned = cleaned.slice(0, -length);
      if (edge === 'start' && cleaned.startsWith(residue.slice(-length))) cleaned = cleaned.slice(length);
    }
  }
  return cleaned;
}

/** The note described again from `text`, when its words or context hold the control's labels; `undefined` when it needs no mending. */
export function mendNote(note: ReaderNote, text: string): ReaderNote | undefined {
  const cleaned = { exact: clean(note.exact, 'none'), prefix: clean(note.prefix, 'start'), suffix: clean(note.suffix, 'end') };
  if (cleaned.exact === note.exact && cleaned.prefix === note.prefix && cleaned.suffix === note.suffix) return undefined;
  if (!cleaned.exact) return undefined;
  const found = locate(text, { ...cleaned, start: note.start });
  return { ...note, ...(found ? describeText(text, found.start, found.end) : cleaned) };
}
