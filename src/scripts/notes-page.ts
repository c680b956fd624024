/**
 * /notes/: every note and highlight in essay order, grouped by section, with its words, the note,
 * its dates and a link to the place; edit, delete with undo, a filter by words; export as W3C
 * JSON-LD or Markdown, print, and import (../reader-notes/note-files.ts) with a report of what was
 * added, merged, kept unanchored and refused. Notes are rendered as text, never as HTML.
 */
import { allNotes, deleteNote, keepDraft, onOtherTabs, recoverDraft, saveNote, saveNotes } from './reader-notes-store.ts';
import { mergeNotes, notesCollection, notesMarkdown, readNotesFile } from '../reader-notes/note-files.ts';
import { locate } from '../links/text-selectors.ts';
import { passageUrl } from '../links/text-fragment.ts';
import { announce } from './announce.ts';
import { limits, type ReaderNote } from '../reader-notes/note-schema.ts';
import { decodeShare, encodeShare, shareKey } from '../reader-notes/share-link.ts';

const base = import.meta.env.BASE_URL;
const urls = { origin: location.origin, base };
const sections = JSON.parse(document.getElementById('notes-sections')!.textContent!) as { slug: string; title: string }[];
const app = document.getElementById('notes-app')!;
const list = document.getElementById('notes-list')!;
const report = document.getElementById('notes-report')!;
const filter = document.getElementById('notes-filter') as HTMLInputElement;
document.getElementById('notes-needs-js')!.hidden = true;
app.hidden = false;

const texts = (await (await fetch(`${base}notes/texts.json`)).json()) as Record<string, string>;
let notes: ReaderNote[] = [];

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

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
      const anchored = locate(texts[note.section] ?? '', note) !== undefined;
      // Text, never HTML: a note is data, whatever it holds.
      item.append(element('blockquote', note.exact));
      if (note.note) item.append(element('p', note.note, 'notes-body'));
      if (!anchored) item.append(element('p', '原文已改动：这段文字已不在本节，批注保留。', 'notes-gone'));
      const meta = element('p', undefined, 'notes-meta');
      const link = element('a', anchored ? '在原文中打开' : '打开本节');
      link.href = anchored ? passageUrl(`${base}${note.section}/`, 'text', { textStart: note.exact }) : `${base}${note.section}/`;
      meta.append(link, ` · 写于 ${note.created.slice(0, 10)}${note.modified !== note.created ? `，改于 ${note.modified.slice(0, 10)}` : ''} `);
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
function filtered(): ReaderNote[] {
  const words = filter.value.trim().toLowerCase();
  return notes.filter((note) => !words || `${note.exact}\n${note.note}`.toLowerCase().includes(words));
}

function render(): void {
  const shown = filtered();
  list.replaceChildren();
  if (notes.length === 0) list.append(element('p', '还没有批注。在任一节选中文字，点“划线”或“批注”。'));
  else if (shown.length === 0) list.append(element('p', `没有批注含有“${filter.value.trim()}”。`));
  renderNotes(list, shown, true);
}

async function reload(): Promise<void> {
  notes = await allNotes();
  render();
}

let removed: ReaderNote | undefined;
list.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  if (!button) return;
  if (button.dataset.act === 'undo' && removed) {
    await saveNote(removed);
    removed = undefined;
    await reload();
    announce('已恢复');
    return;
  }
  const item = button.closest<HTMLElement>('[data-note]');
  const note = notes.find((each) => each.id === item?.dataset.note);
  if (!note || !item) return;
  if (button.dataset.act === 'delete') {
    await deleteNote(note.id);
    removed = note;
    await reload();
    const undo = element('p', '已删除一条批注。', 'notes-undo');
    const back = element('button', '撤销');
    back.type = 'button';
    back.dataset.act = 'undo';
    undo.append(back);
    list.prepend(undo);
    back.focus();
    announce('已删除，可以撤销');
  } else if (button.dataset.act === 'edit') {
    const area = element('textarea');
    area.value = note.note;
    area.rows = 4;
    area.setAttribute('aria-label', '批注（边写边保存）');
    item.querySelector('.notes-body')?.remove();
    item.querySelector('blockquote')!.after(area);
    area.focus();
    let timer: ReturnType<typeof setTimeout> | undefined;
    area.addEventListener('input', () => {
      keepDraft({ id: note.id, note: area.value, modified: new Date().toISOString() });
      clearTimeout(timer);
      timer = setTimeout(() => void saveNote({ ...note, note: area.value, modified: new Date().toISOString() }).then(() => announce('已保存')), 300);
    });
  }
});

const download = (name: string, type: string, body: string) => {
  const link = element('a');
  link.href = URL.createObjectURL(new Blob([body], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
};
document.getElementById('notes-export-jsonld')!.addEventListener('click', () =>
  download('my-notes.jsonld', 'application/ld+json', JSON.stringify(notesCollection(notes, urls, '我的批注'), null, 2)),
);
document.getElementById('notes-export-markdown')!.addEventListener('click', () => download('my-notes.md', 'text/markdown', notesMarkdown(notes, sections, urls, '我的批注')));
document.getElementById('notes-print')!.addEventListener('click', () => print());
filter.addEventListener('input', render);

document.getElementById('notes-import')!.addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const read = readNotesFile(await file.text(), { urls, sections: sections.map((section) => section.slug), now: new Date().toISOString(), newId: () => crypto.randomUUID() });
  if (!read.ok) {
    report.textContent = `没有导入 ${file.name} 的任何批注：${read.error}。你的批注没有任何改变。`;
    return;
  }
  const merge = mergeNotes(notes, read.notes);
  await saveNotes([...merge.added, ...merge.merged]);
  const unanchored = [...merge.added, ...merge.merged].filter((note) => locate(texts[note.section] ?? '', note) === undefined).length;
  report.replaceChildren(
    element('p', `导入 ${file.name}：新增 ${merge.added.length} 条，更新 ${merge.merged.length} 条，已有且较新而保留 ${merge.kept.length} 条；其中 ${unanchored} 条的原文已改动，保留但未定位；拒绝 ${read.refused.length} 条。`),
    ...read.refused.slice(0, 20).map((refusal) => element('p', `第 ${refusal.item} 条：${refusal.reason}`, 'notes-refused')),
  );
  await reload();
});

// --- sharing a reading ---------------------------------------------------------------------------

const shareReport = document.getElementById('notes-share-report')!;
document.getElementById('notes-share')!.addEventListener('click', async () => {
  const shown = filtered();
  if (shown.length === 0 || shown.length > limits.shared) {
    shareReport.textContent = shown.length === 0 ? '没有可分享的批注。' : `一次最多分享 ${limits.shared} 条，现在列出的有 ${shown.length} 条：请先用筛选缩小范围。`;
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
  if (value === null) return;
  region.hidden = false;
  const heading = region.querySelector('h2')!;
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
  const said = element('p', unknown > 0 ? `另有 ${unknown} 条指向本站没有的章节，未显示。` : '', 'notes-shared-report');
  said.setAttribute('role', 'status');
  save.addEventListener('click', async () => {
    const merge = mergeNotes(await allNotes(), shared);
    await saveNotes([...merge.added, ...merge.merged]);
    said.textContent = `已保存到我的批注：新增 ${merge.added.length} 条，更新 ${merge.merged.length} 条，已有 ${merge.kept.length} 条。`;
    await reload();
  });
  region.replaceChildren(heading, body, save, said);
}

onOtherTabs(() => void reload());
await recoverDraft();
await reload();
await showShared();
addEventListener('hashchange', () => void showShared());
