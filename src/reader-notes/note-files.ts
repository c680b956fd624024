/**
 * A reader's notes in and out of the browser: out as a W3C Web Annotation collection (the shape
 * of the editor's /annotations.jsonld, with `created` and `modified`) or as Markdown; in from our
 * own export, any W3C collection whose targets are this site's section pages (matched by path,
 * whatever the origin), or Hypothesis's JSON export. Pure data → data: nothing here touches the
 * store or the page, and a file is only ever read as data.
 */
import { zhCN } from 'zod/locales';
import { limits, readerNoteSchema, type ReaderNote } from './note-schema.ts';
import { passageUrl } from '../links/text-fragment.ts';

/** Where the site lives: its origin (empty for paths alone) and base path (`/` or `/seven-truths/`). */
export interface SiteUrls {
  origin: string;
  base: string;
}

/** The element a section's words are in, as the editor's annotations name it. */
const textContainer = '#text';

const sectionUrl = ({ origin, base }: SiteUrls, section: string) => `${origin}${base}${section}/`;

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
        motivation: note.note ? 'commenting' : 'highlighting',
        created: note.created,
        modified: note.modified,
        ...(note.note ? { body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.note }] } : {}),
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
 * then each quote, the note, and a link that opens the words (a text fragment).
 */
export function notesMarkdown(notes: readonly ReaderNote[], sections: readonly { slug: string; title: string }[], urls: SiteUrls, title: string): string {
  const lines = [`# ${inline(title)}`, ''];
  for (const section of sections) {
    const here = notes.filter((note) => note.section === section.slug).sort((a, b) => a.start - b.start);
    if (here.length === 0) continue;
    lines.push(`## ${inline(section.title)}`, '');
    for (const note of here) {
      lines.push(`> ${inline(note.exact)}`, '');
      if (note.note) lines.push(...note.note.split('\n').map((line) => inline(line)), '');
      const link = passageUrl(sectionUrl(urls, section.slug), 'text', { textStart: note.exact.slice(0, 300) });
      lines.push(`[原文](<${link}>) · ${note.modified.slice(0, 10)}`, '');
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

/** The section a page URL names, by its path under the base, whatever its origin. */
function sectionOf(source: unknown, urls: SiteUrls, sections: ReadonlySet<string>): string | undefined {
  const value = text(source);
  if (!value) return undefined;
  let path: string;
  try {
    path = new URL(value, 'https://example.invalid').pathname;
  } catch {
    return undefined;
  }
  const slug = (path.startsWith(urls.base) ? path.slice(urls.base.length) : path.replace(/^\//, '')).replace(/\/(?:index\.html)?$/, '');
  return sections.has(slug) ? slug : undefined;
}

/** One annotation, W3C or Hypothesis, as a note to validate; or why it cannot be one. */
function candidate(item: unknown, urls: SiteUrls, sections: ReadonlySet<string>, now: string): unknown | string {
  if (!record(item)) return '不是一条批注（应为对象）';
  const hypothesis = 'uri' in item || typeof item.text === 'string';
  const targets = list(item.target);
  const target = targets.find((each) => record(each) && sectionOf(each.source, urls, sections)) ?? targets[0];
  const section = sectionOf(record(target) ? target.source : item.uri, urls, sections) ?? sectionOf(item.uri, urls, sections);
  if (!section) return '目标不是本站某一节的页面';
  const selectors = selectorsOf(target);
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (!quote) return '没有 TextQuoteSelector（批注的原文）';
  const body = list(item.body).find((each) => record(each) && (each.purpose === undefined || each.purpose === 'commenting'));
  const note = hypothesis ? item.text : record(body) ? body.value : typeof item.bodyValue === 'string' ? item.bodyValue : '';
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
    created: item.created ?? now,
    modified: item.modified ?? item.updated ?? item.created ?? now,
  };
}

/**
 * Reads a file a reader chose: its size, its JSON, its shape, then each item on its own. A bad
 * file is refused whole with one message; a bad item is refused alone, with its number and why.
 * `newId` names items that carry no id of their own.
 */
export function readNotesFile(file: string, options: { urls: SiteUrls; sections: readonly string[]; now: string; newId: () => string }): FileReading {
  if (new TextEncoder().encode(file).length > limits.fileBytes) return { ok: false, error: `文件太大：最多 ${limits.fileBytes / 1024 / 1024} MB` };
  let data: unknown;
  try {
    data = JSON.parse(file);
  } catch (error) {
    return { ok: false, error: `不是有效的 JSON：${(error as Error).message}` };
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
  items.forEach((item, index) => {
    const found = candidate(item, options.urls, sections, options.now);
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
