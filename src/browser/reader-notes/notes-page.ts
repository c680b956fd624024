/**
 * /notes/: every note and highlight in essay order, grouped by section, with its words, the note,
 * its tags and dates, and a link that opens the words at their paragraph; edit (in the same panel
 * as the section pages, ./note-panel.ts), delete with undo, a filter by words; export as W3C
 * JSON-LD or Markdown, print, and import (src/reader-notes/note-files.ts) with a report of what was
 * added, merged, kept unanchored and refused; share a reading by link. Everything shown, exported
 * and shared is read from the store at that moment. Notes are rendered as text, never as HTML.
 */
import { allNotes, notesAvailable, saveNotes, unavailableMessage } from './store.ts';
import { restoreNotes } from './restore-notes.ts';
import { notePanel } from './note-panel.ts';
import { undoDeletes } from './undo-deletes.ts';
import { keepingFocus } from './keep-focus.ts';
import { coalesced } from './coalesced.ts';
import { mergeNotes, notesCollection, notesMarkdown, readNotesFile, sectionUrl } from '../../reader-notes/note-files.ts';
import { tagsLine } from '../../reader-notes/tags-line.ts';
import { mendNote } from '../../reader-notes/mend-notes.ts';
import { locate } from '../../links/text-selectors.ts';
import { noteUrls, type SectionText } from '../../links/note-link.ts';
import { announce } from '../announce.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';
import { decodeShare, encodeShare, shareKey, shareRefusal } from '../../reader-notes/share-link.ts';

const base = import.meta.env.BASE_URL;
const urls = { origin: location.origin, base };
const sections = JSON.parse(document.getElementById('notes-sections')!.textContent!) as { slug: string; title: string }[];
const app = document.getElementById('notes-app')!;
const list = document.getElementById('notes-list')!;
const report = document.getElementById('notes-report')!;
const filter = document.getElementById('notes-filter') as HTMLInputElement;
document.getElementById('notes-needs-js')!.hidden = true;
app.hidden = false;

const texts = (await (await fetch(`${base}notes/texts.json`)).json()) as Record<string, SectionText>;
const available = notesAvailable();
const deletes = undoDeletes();
const panel = available ? notePanel('on-notes-page') : undefined;
let notes: ReaderNote[] = [];

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};
/** A date as a <time> (the stylesheet keeps it on one line), its day shown. */
const date = (iso: string) => Object.assign(element('time', iso.slice(0, 10)), { dateTime: iso });

/** Notes grouped by section in essay order, appended to `into`; with `editable`, each has 编辑 and 删除. */
function renderNotes(into: HTMLElement, shown: readonly ReaderNote[], editable: boolean): void {
  for (const section of sections) {
    const here = shown.filter((note) => note.section === section.slug).sort((a, b) => a.start - b.start);
    if (here.length === 0) continue;
    into.append(element(editable ? 'h2' : 'h3', section.title));
    const items = element('ol', undefined, 'notes-items');
    for (const note of here) {
      const item = element('li');
      item.dataset.note = note.id;
      const anchored = locate(texts[note.section]?.text ?? '', note) !== undefined;
      // Text, never HTML: a note is data, whatever it holds.
      item.append(element('blockquote', note.exact));
      if (note.note) item.append(element('p', note.note, 'notes-body'));
      if (note.tags?.length) item.append(element('p', tagsLine(note.tags), 'notes-tags'));
      if (!anchored) item.append(element('p', '原文已改动：这段文字已不在本节，批注保留。', 'notes-gone'));
      const meta = element('p', undefined, 'notes-meta');
      const link = element('a', anchored ? '在原文中打开' : '打开本节');
      // Absolute, so a printed list carries where each note is (its paragraph's address, readable on paper).
      const place = noteUrls(sectionUrl(urls, note.section), anchored ? texts[note.section] : undefined, note);
      link.href = place.words;
      link.dataset.printed = place.paragraph;
      meta.append(link, ' · 写于 ', date(note.created));
      if (note.modified !== note.created) meta.append('，改于 ', date(note.modified));
      meta.append(' ');
      if (editable) {
        for (const [act, label] of [['edit', '编辑'], ['delete', '删除']] as const) {
          const button = element('button', label);
          button.type = 'button';
          button.dataset.act = act;
          meta.append(button, ' ');
        }
      }
      item.append(meta);
      items.append(item);
    }
    into.append(items);
  }
}

/** The notes the filter's words are in (all of them with no words). */
function filtered(from: readonly ReaderNote[]): ReaderNote[] {
  const words = filter.value.trim().toLowerCase();
  return from.filter((note) => !words || `${note.exact}\n${note.note}\n${note.tags?.join('\n') ?? ''}`.toLowerCase().includes(words));
}

function render(): void {
  const shown = filtered(notes);
  keepingFocus(list, () => {
    list.replaceChildren();
    const undo = deletes.line('notes-undo');
    if (undo) list.append(undo);
    if (!available) list.append(element('p', `${unavailableMessage}。别人分享给你的批注仍可以在这里阅读。`, 'notes-unavailable'));
    else if (notes.length === 0) list.append(element('p', '还没有批注。在任一节选中文字，点“划线”或“批注”。'));
    else if (shown.length === 0) list.append(element('p', `没有批注含有“${filter.value.trim()}”。`));
    renderNotes(list, shown, true);
  });
}

/** What the store holds now; a failure is said, never a blank page. */
async function stored(): Promise<ReaderNote[]> {
  try {
    return available ? await allNotes() : [];
  } catch (error) {
    report.textContent = (error as Error).message;
    return notes;
  }
}

/** Reads the notes from the store and shows them (one reading at a time). */
const reload = coalesced(async () => {
  notes = await stored();
  render();
});

const failed = (error: unknown) => {
  report.textContent = (error as Error).message;
  announce(report.textContent);
};

list.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  if (!button) return;
  try {
    if (button.dataset.act === 'undo') {
      if (await deletes.undo()) announce('已恢复');
      return;
    }
    const id = button.closest<HTMLElement>('[data-note]')?.dataset.note;
    const note = notes.find((each) => each.id === id);
    if (!note) return;
    if (button.dataset.act === 'delete') {
      await deletes.remove(note.id);
      await reload();
      list.querySelector<HTMLElement>('[data-act="undo"]')?.focus();
      announce('已删除，可以撤销');
    } else if (button.dataset.act === 'edit') {
      await panel?.open(note, () => list.querySelector<HTMLElement>(`[data-note="${CSS.escape(note.id)}"] [data-act="edit"]`)?.focus());
    }
  } catch (error) {
    failed(error);
  }
});

/** The notes as the store holds them now, with the words being typed saved first. */
async function current(): Promise<ReaderNote[]> {
  await panel?.flush();
  return stored();
}

const download = (name: string, type: string, body: string) => {
  const link = element('a');
  link.href = URL.createObjectURL(new Blob([body], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
};
document.getElementById('notes-export-jsonld')!.addEventListener('click', async () =>
  download('my-notes.jsonld', 'application/ld+json', JSON.stringify(notesCollection(await current(), urls, '我的批注'), null, 2)),
);
document.getElementById('notes-export-markdown')!.addEventListener('click', async () => download('my-notes.md', 'text/markdown', notesMarkdown(await current(), sections, urls, '我的批注', texts)));
document.getElementById('notes-print')!.addEventListener('click', () => print());
filter.addEventListener('input', render);

document.getElementById('notes-import')!.addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const read = readNotesFile(await file.text(), { sections: sections.map((section) => section.slug), now: new Date().toISOString(), newId: () => crypto.randomUUID() });
  if (!read.ok) {
    report.textContent = `没有导入 ${file.name} 的任何批注：${read.error}。你的批注没有任何改变。`;
    return;
  }
  try {
    const merge = mergeNotes(await current(), read.notes);
    const taken = [...merge.added, ...merge.merged].map((note) => mendNote(note, texts[note.section]?.text ?? '') ?? note);
    await saveNotes(taken);
    const unanchored = taken.filter((note) => locate(texts[note.section]?.text ?? '', note) === undefined).length;
    report.replaceChildren(
      element('p', `导入 ${file.name}：新增 ${merge.added.length} 条，更新 ${merge.merged.length} 条，已有且较新而保留 ${merge.kept.length} 条；其中 ${unanchored} 条的原文已改动，保留但未定位；拒绝 ${read.refused.length} 条。`),
      ...read.refused.slice(0, 20).map((refusal) => element('p', `第 ${refusal.item} 条：${refusal.reason}`, 'notes-refused')),
      ...(read.refused.length > 20 ? [element('p', `另有 ${read.refused.length - 20} 条被拒绝，原因同上类。`, 'notes-refused')] : []),
    );
  } catch (error) {
    report.textContent = `导入 ${file.name} 没有完成：${(error as Error).message}`;
  }
});

// --- sharing a reading ---------------------------------------------------------------------------

const shareReport = document.getElementById('notes-share-report')!;
document.getElementById('notes-share')!.addEventListener('click', async () => {
  const shown = filtered(await current());
  const refusal = shown.length === 0 ? '没有可分享的批注' : shareRefusal(shown);
  if (refusal) {
    shareReport.textContent = `${refusal}。可以用筛选缩小范围，或者导出为文件发给对方。`;
    return;
  }
  const link = new URL(`${base}notes/#${shareKey}=${await encodeShare(shown)}`, location.href).href;
  const field = document.getElementById('notes-share-url') as HTMLInputElement;
  field.value = link;
  field.parentElement!.hidden = false;
  field.select();
  let copied = true;
  try {
    await navigator.clipboard.writeText(link);
  } catch {
    copied = false;
  }
  shareReport.textContent = `分享链接含 ${shown.length} 条批注${copied ? '，已复制' : '，请复制上面的链接'}。批注在链接的 # 之后，不经过任何服务器。`;
});

/** A reading someone shared (`#notes=…`): shown read-only, saved to the reader's own notes on request. */
async function showShared(): Promise<void> {
  const value = new URLSearchParams(location.hash.slice(1)).get(shareKey);
  const region = document.getElementById('notes-shared')!;
  if (value === null) {
    region.hidden = true;
    return;
  }
  region.hidden = false;
  const heading = region.querySelector('h2')!;
  heading.textContent = '分享给你的批注';
  const decoded = await decodeShare(value);
  const known = new Set(sections.map((section) => section.slug));
  if (!decoded.ok) {
    region.replaceChildren(heading, element('p', `这个分享链接打不开：${decoded.error}。你的批注没有任何改变。`));
    return;
  }
  const shared = decoded.notes.filter((note) => known.has(note.section));
  const unknown = decoded.notes.length - shared.length;
  heading.textContent = `分享给你的批注（${shared.length} 条，只读）`;
  const body = element('div');
  renderNotes(body, shared, false);
  const save = element('button', '保存到我的批注');
  save.type = 'button';
  save.disabled = !available;
  const said = element('p', !available ? '这个浏览器不允许本站保存数据，所以只能阅读，不能保存。' : unknown > 0 ? `另有 ${unknown} 条指向本站没有的章节，未显示。` : '', 'notes-shared-report');
  said.setAttribute('role', 'status');
  save.addEventListener('click', async () => {
    try {
      const merge = mergeNotes(await current(), shared);
      await saveNotes([...merge.added, ...merge.merged]);
      said.textContent = `已保存到我的批注：新增 ${merge.added.length} 条，更新 ${merge.merged.length} 条，已有 ${merge.kept.length} 条。`;
    } catch (error) {
      said.textContent = (error as Error).message;
    }
  });
  region.replaceChildren(heading, body, save, said);
}

// The controls come disabled and are enabled only now that they are listened to (a file chosen
// before would be dropped unread); nothing to export, import or share from a browser that keeps nothing.
for (const id of ['notes-export-jsonld', 'notes-export-markdown', 'notes-share', 'notes-import']) (document.getElementById(id) as HTMLButtonElement | HTMLInputElement).disabled = !available;
if (available) await restoreNotes({ redraw: reload, shown: () => notes, textOf: (note) => texts[note.section]?.text ?? '', say: failed });
else await reload();
await showShared();
addEventListener('hashchange', () => void showShared());
