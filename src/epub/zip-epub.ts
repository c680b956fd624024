/**
 * An EPUB's container: a zip whose first entry is `mimetype`, stored uncompressed, so a reader
 * can tell the file's kind from its first bytes (OCF 3.3 §4.3). Entries keep the order given and
 * carry one fixed time, so the same book always makes the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface EpubFile {
  /** The path inside the container, `EPUB/text/automl.xhtml`. */
  path: string;
  data: string | Uint8Array;
}

const epubMimetype = 'application/epub+zip';

/**
 * `day` (YYYY-MM-DD, the edition's date, never the clock) is every entry's modification time. Zip
 * times are local (MS-DOS) times and fflate reads a Date's local fields, so the day is made a
 * local midnight: the bytes do not depend on the machine's time zone.
 */
export function zipEpub(files: readonly EpubFile[], day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const time = new Date(year, month - 1, date);
  const entries: Zippable = { mimetype: [strToU8(epubMimetype), { level: 0 }] };
  for (const { path, data } of files) {
    if (path in entries) throw new Error(`the e-book has two files at ${path}`);
    // PNG is compressed already; text compresses well.
    entries[path] = [typeof data === 'string' ? strToU8(data) : data, { level: typeof data === 'string' ? 9 : 0 }];
  }
  return zipSync(entries, { mtime: time });
}
