/**
 * A reader's notes in and out of the browser: out as a W3C Web Annotation collection (the shape
 * of the editor's /annotations.jsonld, with `created` and `modified`) or as Markdown; in from our
 * own export, any W3C collection whose targets are this site's section pages (matched by path,
 * whatever the origin), or Hypothesis's JSON export. Pure data → data: nothing here touches the
 * store or the page, and a file is only ever read as data.
 */
import { zhCN } from 'zod/locales';
import { limits, readerNoteSchema, type ReaderNote } from './note-schema.ts';
import { noteUrls, type SectionText } from '../links/note-link.ts';
import { tagsLine } from './tags-line.ts';

/** Where the site lives: its origin (empty for paths alone) and base path (`/` or `/seven-truths/`). */
export interface SiteUrls {
  origin: string;
  base: string;
}

/** The element a section's words are in, as the editor's annotations name it. */
const textContainer = '#text';

/** A section page's URL. */
export const sectionUrl = ({ origin, base }: SiteUrls, section: string) => `${origin}${base}${section}/`;

/** The notes as a W3C Web Annotation collection: highlights as `highlighting`, notes as `commenting`. */
export function notesCollection(notes: readonly ReaderNote[], urls: SiteUrls, label: string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map((note) => ({
        id: `urn:uuid:${note.id}`,
        type: 'Annotation',
        motivation: note.note ? 'commenting' : note.tags?.length ? 'tagging' : 'highlighting',
        created: note.created,
        modified: note.modified,
        ...(note.note || note.tags?.length
          ? {
              body: [
                ...(note.note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.note }] : []),
                ...(note.tags ?? []).map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
              ],
            }
          : {}),
        target: {
          source: sectionUrl(urls, note.section),
          selector: [
            { type: 'CssSelector', value: textContainer, refinedBy: { type: 'TextQuoteSelector', exact: note.exact, prefix: note.prefix, suffix: note.suffix } },
            { type: 'CssSelector', value: textContainer, refinedBy: { type: 'TextPositionSelector', start: note.start, end: note.end } },
          ],
        },
      })),
    },
  };
}

/** A Markdown line's worth of text: no line breaks, and nothing read as Markdown syntax. */
const inline = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * The notes as Markdown, for Obsidian, Logseq and the like: a heading per section in essay order,
 * then each quote, the note, its tags, and a link that opens the words at their paragraph.
 */
export function notesMarkdown(notes: readonly ReaderNote[], sections: readonly { slug: string; title: string }[], urls: SiteUrls, title: string, texts: Readonly<Record<string, SectionText>>): string {
  const lines = [`# ${inline(title)}`, ''];
  for (const section of sections) {
    const here = notes.filter((note) => note.section === section.slug).sort((a, b) => a.start - b.start);
    if (here.length === 0) continue;
    lines.push(`## ${inline(section.title)}`, '');
    for (const note of here) {
      lines.push(`> ${inline(note.exact)}`, '');
      if (note.note) lines.push(...note.note.split('\n').map((line) => inline(line)), '');
      if (note.tags?.length) lines.push(tagsLine(note.tags.map((tag) => inline(tag))), '');
      lines.push(`[原文](<${noteUrls(sectionUrl(urls, section.slug), texts[section.slug], note).words}>) · ${note.modified.slice(0, 10)}`, '');
    }
  }
  return lines.join('\n');
}

/** Why an item of a file was not taken: which item (1-based), and the reason. */
export interface Refusal {
  item: number;
  reason: string;
}

export type FileReading = { ok: true; notes: ReaderNote[]; refused: Refusal[] } | { ok: false; error: string };

const chinese = zhCN().localeError;

const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Every selector in a target's list, refinements included (our CssSelector wraps the text ones). */
function selectorsOf(target: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (selector: unknown) => {
    if (!record(selector)) return;
    found.push(selector);
    visit(selector.refinedBy);
  };
  for (const selector of list(record(target) ? target.selector : undefined)) visit(selector);
  return found;
}

/** The site's own folders: a path ending in one of these and a slug is not a section page (`/topics/automl/`). */
const ownFolders = new Set(['claims', 'topics', 'types', 'map', 'search', 'notes', 'og']);

/**
 * The section a page URL names, whatever its origin and base path: a section's slug as the last
 * part of the path (`/automl/`, `/seven-truths/automl/index.html`), not inside one of the site's
 * own folders.
 */
function sectionOf(source: unknown, sections: ReadonlySet<string>): string | undefined {
  const value = text(source);
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, 'https://example.invalid');
  } catch {
    return undefined;
  }
  // A web page's address only (never `javascript:…/automl/`).
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname;
  const parts = path.replace(/\/(?:index\.html)?$/, '').split('/').filter(Boolean);
  const slug = parts.at(-1);
  return slug && sections.has(slug) && !ownFolders.has(parts.at(-2) ?? '') ? slug : undefined;
}

/** One annotation, W3C or Hypothesis, as a note to validate; or why it cannot be one. */
function candidate(item: unknown, sections: ReadonlySet<string>, now: string): unknown | string {
  if (!record(item)) return '不是一条批注（应为对象）';
  const hypothesis = 'uri' in item || typeof item.text === 'string';
  const targets = list(item.target);
  const target = targets.find((each) => record(each) && sectionOf(each.source, sections)) ?? targets[0];
  const section = sectionOf(record(target) ? target.source : item.uri, sections) ?? sectionOf(item.uri, sections);
  if (!section) return '目标不是本站某一节的页面';
  const selectors = selectorsOf(target);
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (!quote) return '没有 TextQuoteSelector（批注的原文）';
  const bodies = list(item.body);
  const body = bodies.find((each) => record(each) && (each.purpose === undefined || each.purpose === 'commenting'));
  const note = hypothesis ? item.text : record(body) ? body.value : typeof item.bodyValue === 'string' ? item.bodyValue : '';
  const tags = hypothesis ? item.tags : bodies.filter((each) => record(each) && each.purpose === 'tagging').map((each) => (each as Record<string, unknown>).value);
  const rawId = text(item.id);
  return {
    id: hypothesis && rawId ? `hypothesis:${rawId}` : rawId?.replace(/^urn:uuid:/, '') || undefined,
    section,
    exact: quote.exact,
    prefix: quote.prefix ?? '',
    suffix: quote.suffix ?? '',
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    note: note ?? '',
    ...(tags === undefined || (Array.isArray(tags) && tags.length === 0) ? {} : { tags }),
    created: item.created ?? now,
    modified: item.modified ?? item.updated ?? item.created ?? now,
  };
}

/** How far ahead of the reader's clock a date in a file may be. */
const clockSlack = 10 * 60 * 1000;

/**
 * Where JSON.parse stopped, as a line and column for the reader, when the browser's own (English)
 * message tells it: a position, a line and column, or the end of the input. Otherwise nothing.
 */
function jsonErrorPlace(file: string, error: Error): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `：第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列附近`;
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? (/end of (?:JSON )?(?:input|data)/i.test(error.message) ? file.length : NaN));
  if (!Number.isFinite(position)) return '';
  const before = file.slice(0, position).split('\n');
  return `：第 ${before.length} 行第 ${before.at(-1)!.length + 1} 列附近${position >= file.length ? '（文件在中途结束）' : ''}`;
}

/**
 * Reads a file a reader chose: its size, its JSON, its shape, then each item on its own. A bad
 * file is refused whole with one message; a bad item is refused alone, with its number and why.
 * `newId` names items that carry no id of their own.
 */
export function readNotesFile(file: string, options: { sections: readonly string[]; now: string; newId: () => string }): FileReading {
  if (new TextEncoder().encode(file).length > limits.fileBytes) return { ok: false, error: `文件太大：最多 ${limits.fileBytes / 1024 / 1024} MB` };
  let data: unknown;
  try {
    data = JSON.parse(file);
  } catch (error) {
    return { ok: false, error: `不是有效的 JSON${jsonErrorPlace(file, error as Error)}` };
  }
  const items = record(data) && Array.isArray(data.annotations) ? data.annotations // Hypothesis
    : record(data) && record(data.first) && Array.isArray(data.first.items) ? data.first.items // W3C collection
    : record(data) && Array.isArray(data.items) ? data.items
    : Array.isArray(data) ? data
    : record(data) && data.type === 'Annotation' ? [data]
    : undefined;
  if (!items) return { ok: false, error: '不是批注文件：应为 W3C 批注集合（JSON-LD）或 Hypothesis 的导出' };
  if (items.length > limits.notes) return { ok: false, error: `条目太多：${items.length} 条，最多 ${limits.notes} 条` };
  const sections = new Set(options.sections);
  const notes: ReaderNote[] = [];
  const refused: Refusal[] = [];
  const firstWithId = new Map<string, number>();
  // A clock a little ahead on the device that wrote the file is no fault; a date days ahead is.
  const latest = Date.parse(options.now) + clockSlack;
  items.forEach((item, index) => {
    const found = candidate(item, sections, options.now);
    if (typeof found === 'string') {
      refused.push({ item: index + 1, reason: found });
      return;
    }
    // Messages in the reader's language, for this parse only (the build's own checks stay English).
    const parsed = readerNoteSchema.safeParse({ ...(found as object), id: (found as { id?: string }).id ?? options.newId() }, { error: chinese });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      refused.push({ item: index + 1, reason: `${issue.path.join('.') || '条目'}：${issue.message}` });
      return;
    }
    if (parsed.data.end < parsed.data.start) {
      refused.push({ item: index + 1, reason: 'TextPositionSelector 的 end 小于 start' });
      return;
    }
    const future = (['created', 'modified'] as const).find((field) => Date.parse(parsed.data[field]) > latest);
    if (future) {
      refused.push({ item: index + 1, reason: `${future}：日期在未来（${parsed.data[future]}）` });
      return;
    }
    const same = firstWithId.get(parsed.data.id);
    if (same !== undefined) {
      refused.push({ item: index + 1, reason: `与第 ${same} 条的 id 相同（${parsed.data.id}）` });
      return;
    }
    firstWithId.set(parsed.data.id, index + 1);
    notes.push(parsed.data);
  });
  return { ok: true, notes, refused };
}

export interface Merge {
  notes: ReaderNote[];
  /** New ids. */
  added: ReaderNote[];
  /** Known ids whose incoming copy is newer, taken. */
  merged: ReaderNote[];
  /** Known ids whose stored copy is as new or newer, kept. */
  kept: ReaderNote[];
}

/** Merges by id, never duplicating: a note present in both keeps the later `modified`. */
export function mergeNotes(stored: readonly ReaderNote[], incoming: readonly ReaderNote[]): Merge {
  const byId = new Map(stored.map((note) => [note.id, note]));
  const result: Merge = { notes: [], added: [], merged: [], kept: [] };
  for (const note of incoming) {
    const known = byId.get(note.id);
    if (!known) result.added.push(note);
    else if (Date.parse(note.modified) > Date.parse(known.modified)) result.merged.push(note);
    else result.kept.push(known);
    byId.set(note.id, known && Date.parse(known.modified) >= Date.parse(note.modified) ? known : note);
  }
  result.notes = [...byId.values()];
  return result;
}
