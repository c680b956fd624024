/**
 * A reader's own highlights and notes on a section page. Loaded by ./paragraph-links.ts when the
 * page's synchronous check finds the reader has notes, and by ./passage-links.ts when the reader
 * asks for 划线 or 批注 on selected words. Draws the section's notes (./reader-highlights.ts) and
 * lists them after the editor's notes (highlights are invisible to assistive technology, the list
 * is not; on paper it follows the endnotes); on wide screens the list's items stand in the margin
 * beside their words, clear of the editor's notes; a click on highlighted words opens their note in
 * a small panel that saves as the reader types.
 */
import stylesheet from '../styles/reader-notes.css?url';
import { addStylesheet } from './add-stylesheet.ts';
import { announce } from './announce.ts';
import { allNotes, deleteNote, keepDraft, onOtherTabs, recoverDraft, saveNote } from './reader-notes-store.ts';
import { hasReaderNotes, placesIn } from './reader-notes-flag.ts';
import { drawHighlights, drawPlaces, offsetsOf } from './reader-highlights.ts';
import { describeText } from '../links/text-selectors.ts';
import { marginPlaces } from '../reader-notes/margin-places.ts';
import { notesPreferenceKey, showMineId, type NotesPreference } from '../claims/note-choice.ts';
import type { ReaderNote } from '../reader-notes/note-schema.ts';

addStylesheet(stylesheet);
const text = document.getElementById('text')!;
const essay = text.closest<HTMLElement>('.essay') ?? text;
const section = location.pathname.split('/').filter(Boolean).at(-1)!;
const base = import.meta.env.BASE_URL;

// Restoring is timed for the bench (scripts/bench.ts reads these measures), from here, as the store opens.
const restoring = performance.now();
let notes: ReaderNote[] = [];
let ranges = new Map<string, Range>();

const list = document.createElement('section');
list.className = 'reader-notes';
list.setAttribute('aria-labelledby', 'reader-notes-heading');
essay.after(list);

/**
 * 我的批注 in 批注显示 (src/components/NoteSettings.astro), added here since only a reader with notes
 * needs it; ./notes.ts saves it with the rest of the choice, as the type `mine`.
 */
function mineChoice(): HTMLInputElement | undefined {
  const choice = document.querySelector('.note-filter');
  if (!choice) return undefined;
  const line = document.createElement('p');
  line.className = 'note-mine';
  line.innerHTML = `<label><input type="checkbox" id="${showMineId}" data-type="mine" checked> 我的批注</label>`;
  choice.append(line);
  const box = line.querySelector('input')!;
  try {
    box.checked = !(JSON.parse(localStorage.getItem(notesPreferenceKey) ?? 'null') as Partial<NotesPreference> | null)?.hidden?.includes('mine');
  } catch {
    // A spoilt choice: the notes are shown.
  }
  return box;
}
const showMine = mineChoice();
// The highlights at once, from the places the page's synchronous check read; the notes follow from the store.
if (showMine?.checked !== false) performance.measure('reader-notes highlights', { start: restoring, detail: { drawn: drawPlaces(text, placesIn(section)) } });

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
    const kicker = document.createElement('p');
    kicker.className = 'reader-note-kicker';
    kicker.textContent = note.note ? '我的批注' : '我的划线';
    const quote = document.createElement('blockquote');
    // Text, never HTML: a note is data, whatever it holds.
    quote.textContent = short(note.exact);
    item.append(kicker, quote);
    if (note.note) {
      const body = document.createElement('p');
      body.className = 'reader-note-body';
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
  // The header's link and the 批注显示 choice exist once the reader has a note anywhere.
  const any = hasReaderNotes();
  document.querySelector<HTMLElement>('.notes-link')!.hidden = !any;
  if (showMine) showMine.closest<HTMLElement>('.note-mine')!.hidden = !any;
  placeInMargin();
}

// --- in the margin on wide screens -------------------------------------------------------------

/** Where global.css puts the editor's notes in the margin; the reader's join them there. */
const wide = matchMedia('screen and (min-width: 75rem)');
const marginGap = 12;

function placeInMargin(): void {
  const items = [...list.querySelectorAll<HTMLElement>('li[data-note]')];
  const inMargin = wide.matches && CSS.supports('position-anchor: --a') && !list.hidden && showMine?.checked !== false;
  list.classList.toggle('in-margin', inMargin);
  if (!inMargin) {
    for (const item of items) item.style.top = '';
    return;
  }
  // Offsets from the list's own top (it follows the essay, in the same column), so items placed
  // upward land beside their words.
  const origin = list.getBoundingClientRect().top;
  // Every item's height in the margin (../styles/reader-notes.css), read once rather than laid out per item.
  const height = parseFloat(getComputedStyle(list).getPropertyValue('--reader-note-h')) * parseFloat(getComputedStyle(document.documentElement).fontSize);
  const span = (element: Element, last: Element = element) => ({ top: element.getBoundingClientRect().top - origin, bottom: last.getBoundingClientRect().bottom - origin });
  // An editor's note takes its compact place, down to its title (as the editor's notes chain below
  // each other's titles): a note opened by pointing lies over what follows and moves nothing.
  const taken = [...essay.querySelectorAll('.note-settings, .claim-card:not([open], :popover-open)')]
    .filter((element) => element.checkVisibility())
    .map((element) => span(element, element.querySelector('.card-title') ?? element));
  // Each note at its words' first line; one whose words are gone at the end of the text.
  const wanted = items.map((item) => {
    const range = ranges.get(item.dataset.note!);
    return { item, top: range ? range.getBoundingClientRect().top - origin : span(text).bottom, height };
  });
  wanted.sort((a, b) => a.top - b.top);
  marginPlaces(wanted, taken, marginGap).forEach((top, index) => (wanted[index]!.item.style.top = `${top}px`));
}
new ResizeObserver(() => placeInMargin()).observe(essay);
wide.addEventListener('change', placeInMargin);
// The reader's choice of notes moves the editor's notes; place the reader's once they have moved.
document.querySelector('.note-settings')?.addEventListener('change', () => requestAnimationFrame(placeInMargin));
// 批注显示 without 我的批注: no highlights (../styles/reader-notes.css hides the list).
showMine?.addEventListener('change', () => void redraw());

async function redraw(): Promise<void> {
  notes = (await allNotes()).filter((note) => note.section === section);
  ranges = drawHighlights(text, showMine?.checked === false ? [] : notes).ranges;
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

function openEditor(note: ReaderNote): void {
  editing = note;
  panel.querySelector('blockquote')!.textContent = short(note.exact);
  area.value = note.note;
  panel.querySelector('.reader-note-saved')!.textContent = '';
  panel.hidden = false;
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
  if (editing) keepDraft({ id: editing.id, note: area.value, modified: new Date().toISOString() });
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
  if (button.dataset.act === 'edit') openEditor(note);
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

// On any screen, a click on highlighted words opens their note (a highlight is not an element to focus:
// the list is the way by keyboard).
text.addEventListener('click', (event) => {
  if (getSelection()?.isCollapsed === false || (event.target as Element).closest('a, button')) return;
  const hit = [...ranges].find(([, range]) => [...range.getClientRects()].some((box) => event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom));
  const note = hit && notes.find((each) => each.id === hit[0]);
  if (note) openEditor(note);
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
// The whole restore, timed for the bench: the store read, every note anchored and drawn, listed and placed.
await recoverDraft();
await redraw();
performance.measure('reader-notes restore', { start: restoring });
