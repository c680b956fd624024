/**
 * A reader's own highlights and notes on a section page. Loaded by ./paragraph-links.ts when the
 * page's synchronous check finds the reader has notes, and by ./passage-links.ts when the reader
 * asks for 划线 or 批注 on selected words. Draws the section's notes (./reader-highlights.ts),
 * lists them after the text (highlights are invisible to assistive technology, the list is not),
 * and edits a note in a small panel that saves as the reader types.
 */
import stylesheet from '../styles/reader-notes.css?url';
import { addStylesheet } from './add-stylesheet.ts';
import { announce } from './announce.ts';
import { allNotes, deleteNote, onOtherTabs, saveNote } from './reader-notes-store.ts';
import { drawHighlights, offsetsOf } from './reader-highlights.ts';
import { describeText } from '../links/text-selectors.ts';
import type { ReaderNote } from '../reader-notes/note-schema.ts';

addStylesheet(stylesheet);
const text = document.getElementById('text')!;
const section = location.pathname.split('/').filter(Boolean).at(-1)!;
const base = import.meta.env.BASE_URL;

let notes: ReaderNote[] = [];
let ranges = new Map<string, Range>();

const list = document.createElement('section');
list.className = 'reader-notes';
list.setAttribute('aria-labelledby', 'reader-notes-heading');
text.after(list);

/** A note's words, cut for a list line. */
const short = (words: string) => (words.length > 60 ? `${words.slice(0, 60)}……` : words);

function renderList(): void {
  list.hidden = notes.length === 0;
  list.replaceChildren();
  const heading = document.createElement('h2');
  heading.id = 'reader-notes-heading';
  heading.textContent = `我的批注（${notes.length}）`;
  const items = document.createElement('ol');
  for (const note of [...notes].sort((a, b) => a.start - b.start)) {
    const item = document.createElement('li');
    item.dataset.note = note.id;
    const quote = document.createElement('blockquote');
    // Text, never HTML: a note is data, whatever it holds.
    quote.textContent = short(note.exact);
    item.append(quote);
    if (note.note) {
      const body = document.createElement('p');
      body.textContent = note.note;
      item.append(body);
    }
    if (!ranges.has(note.id)) {
      const gone = document.createElement('p');
      gone.className = 'reader-note-gone';
      gone.textContent = '原文已改动：这段文字不在本节了，批注保留。';
      item.append(gone);
    }
    const actions = document.createElement('p');
    actions.className = 'reader-note-actions';
    actions.innerHTML = `${ranges.has(note.id) ? '<button type="button" data-act="show">在原文中显示</button>' : ''}<button type="button" data-act="edit">编辑</button><button type="button" data-act="delete">删除</button>`;
    item.append(actions);
    items.append(item);
  }
  const all = document.createElement('p');
  all.innerHTML = `<a href="${base}notes/">全部批注、导出与导入</a>`;
  list.append(heading, items, all);
}

async function redraw(): Promise<void> {
  notes = (await allNotes()).filter((note) => note.section === section);
  ranges = drawHighlights(text, notes).ranges;
  renderList();
}

// --- the note panel ------------------------------------------------------------------------------

const panel = document.createElement('div');
panel.className = 'reader-note-panel';
panel.setAttribute('role', 'dialog');
panel.setAttribute('aria-label', '我的批注');
panel.hidden = true;
panel.innerHTML = '<blockquote></blockquote><label for="reader-note-text">批注（边写边保存）</label><textarea id="reader-note-text" rows="4" maxlength="10000"></textarea><p class="reader-note-saved" aria-live="polite"></p><button type="button" data-act="close">完成</button>';
document.body.append(panel);
const area = panel.querySelector('textarea')!;
let editing: ReaderNote | undefined;
let saving: ReturnType<typeof setTimeout> | undefined;

async function flush(): Promise<void> {
  clearTimeout(saving);
  if (!editing || editing.note === area.value) return;
  editing = { ...editing, note: area.value, modified: new Date().toISOString() };
  await saveNote(editing);
  panel.querySelector('.reader-note-saved')!.textContent = '已保存';
  notes = notes.map((note) => (note.id === editing!.id ? editing! : note));
  renderList();
}

function openEditor(note: ReaderNote, opener?: HTMLElement): void {
  editing = note;
  panel.querySelector('blockquote')!.textContent = short(note.exact);
  area.value = note.note;
  panel.querySelector('.reader-note-saved')!.textContent = '';
  panel.hidden = false;
  panel.dataset.opener = opener ? 'list' : 'selection';
  area.focus();
}

async function closeEditor(): Promise<void> {
  await flush();
  panel.hidden = true;
  const id = editing?.id;
  editing = undefined;
  list.querySelector<HTMLButtonElement>(`[data-note="${CSS.escape(id ?? '')}"] [data-act="edit"]`)?.focus();
}

area.addEventListener('input', () => {
  clearTimeout(saving);
  saving = setTimeout(() => void flush(), 300);
});
panel.addEventListener('click', (event) => {
  if ((event.target as Element).closest('[data-act="close"]')) void closeEditor();
});
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') void closeEditor();
});
// Nothing lost on leaving: the last words are saved as the page hides.
addEventListener('pagehide', () => void flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flush();
});

// --- from a selection ------------------------------------------------------------------------------

/** Saves the selected words as a highlight, and opens the panel for a note when asked. */
async function addFromSelection(range: Range, withNote: boolean): Promise<void> {
  const { start, end } = offsetsOf(text, range);
  const now = new Date().toISOString();
  const note: ReaderNote = { id: crypto.randomUUID(), section, ...describeText(text.textContent ?? '', start, end), note: '', created: now, modified: now };
  await saveNote(note);
  await redraw();
  announce(withNote ? '已划线，可以写批注' : '已划线');
  getSelection()?.removeAllRanges();
  if (withNote) openEditor(note);
}

// --- the list's actions ------------------------------------------------------------------------------

let undo: ReaderNote | undefined;
list.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
  const id = button?.closest<HTMLElement>('[data-note]')?.dataset.note;
  if (button?.dataset.act === 'undo' && undo) {
    await saveNote(undo);
    undo = undefined;
    await redraw();
    announce('已恢复');
    return;
  }
  const note = notes.find((each) => each.id === id);
  if (!button || !note) return;
  if (button.dataset.act === 'edit') openEditor(note, button);
  else if (button.dataset.act === 'show') {
    const range = ranges.get(note.id)!;
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  } else if (button.dataset.act === 'delete') {
    await deleteNote(note.id);
    undo = note;
    await redraw();
    const undoLine = document.createElement('p');
    undoLine.className = 'reader-note-undo';
    undoLine.innerHTML = '已删除一条批注。<button type="button" data-act="undo">撤销</button>';
    list.querySelector('ol')!.before(undoLine);
    list.hidden = false;
    undoLine.querySelector('button')!.focus();
    announce('已删除，可以撤销');
  }
});

/** What ./passage-links.ts sends when the reader asks for 划线 or 批注 (a bundle of its own exports nothing). */
export interface AddRequest {
  range: Range;
  withNote: boolean;
}
document.addEventListener('reader-notes:add', (event) => {
  const { range, withNote } = (event as CustomEvent<AddRequest>).detail;
  void addFromSelection(range, withNote);
});
onOtherTabs(() => void redraw());
await redraw();
