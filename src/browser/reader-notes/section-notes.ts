/**
 * A reader's own highlights and notes on a section page. Loaded by src/browser/page.ts when the page's
 * synchronous check finds the reader has notes, and by src/browser/links/passage-links.ts when the reader asks
 * for 划线 or 批注 on selected words. Draws the section's notes (src/browser/reader-notes/highlights.ts) and lists
 * them after the editor's notes (highlights are invisible to assistive technology, the list is
 * not; on paper it follows the endnotes); on wide screens the list's items stand in the margin
 * beside their words, clear of the editor's notes; a click on highlighted words opens their note
 * in the panel (./note-panel.ts). Everything shown is read back from the store after each write,
 * here or in another tab.
 */
import stylesheet from '../../styles/reader-notes.css?url';
import { addStylesheet } from '../add-stylesheet.ts';
import { announce } from '../announce.ts';
import { allNotes, notesAvailable, saveNotes, unavailableMessage } from './store.ts';
import { restoreNotes } from './restore-notes.ts';
import { hasReaderNotes, localStore, placesIn } from './flag.ts';
import { drawHighlights, drawPlaces } from './highlights.ts';
import { offsetsOf } from '../text-offsets.ts';
import { notePanel, short } from './note-panel.ts';
import { undoDeletes } from './undo-deletes.ts';
import { keepingFocus } from './keep-focus.ts';
import { coalesced } from './coalesced.ts';
import { describeText } from '../../links/text-selectors.ts';
import { marginPlaces } from '../../reader-notes/margin-places.ts';
import { tagsLine } from '../../reader-notes/tags-line.ts';
import { noteTypesId, notesPreferenceKey, showMineId, showNotesId, type NotesPreference } from '../../notes-view/note-choice.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

/** What src/browser/links/passage-links.ts sends when the reader asks for 划线 or 批注; `refuse` shows why it cannot be done. */
export interface AddRequest {
  range: Range;
  withNote: boolean;
  refuse(message: string): void;
}

const text = document.getElementById('text')!;

if (!notesAvailable()) {
  // Storage blocked: everything else on the page works; 划线 and 批注 say why they cannot keep anything.
  document.addEventListener('reader-notes:add', (event) => {
    (event as CustomEvent<AddRequest>).detail.refuse(`${unavailableMessage}。`);
    announce(unavailableMessage);
  });
} else await showNotes();

async function showNotes(): Promise<void> {
  addStylesheet(stylesheet);
  const essay = text.closest<HTMLElement>('.essay') ?? text;
  const section = location.pathname.split('/').filter(Boolean).at(-1)!;
  const base = import.meta.env.BASE_URL;

  // Restoring is timed for the bench (scripts/bench.ts reads these measures), from here, as the store opens.
  const restoring = performance.now();
  let notes: ReaderNote[] = [];
  let ranges = new Map<string, Range>();
  const deletes = undoDeletes();
  const panel = notePanel('in-section');

  const list = document.createElement('section');
  list.className = 'reader-notes';
  list.setAttribute('aria-labelledby', 'reader-notes-heading');
  essay.after(list);
  const said = document.createElement('p');
  said.className = 'reader-notes-said';
  said.setAttribute('role', 'status');

  /**
   * 我的批注 in 批注显示 (src/components/NoteSettings.astro), added here since only a reader with
   * notes needs it, among the type boxes, so 显示批注 turns it off with them; src/browser/notes/margin-and-cards.ts saves it
   * with the rest of the choice, as the type `mine`.
   */
  function mineChoice(): HTMLInputElement | undefined {
    const types = document.getElementById(noteTypesId);
    if (!types) return undefined;
    const line = document.createElement('label');
    line.className = 'note-mine';
    line.innerHTML = `<input type="checkbox" id="${showMineId}" data-type="mine" checked> 我的批注`;
    types.append(line);
    const box = line.querySelector('input')!;
    try {
      box.checked = !(JSON.parse(localStore()?.getItem(notesPreferenceKey) ?? 'null') as Partial<NotesPreference> | null)?.hidden?.includes('mine');
    } catch {
      // A spoilt choice: the notes are shown.
    }
    return box;
  }
  const showMine = mineChoice();
  const showAll = document.getElementById(showNotesId) as HTMLInputElement | null;
  /** The reader's notes are shown unless 显示批注 or 我的批注 is unticked. */
  const shown = () => showAll?.checked !== false && showMine?.checked !== false;
  // The highlights at once, from the places the page's synchronous check read; the notes follow from the store.
  if (shown()) performance.measure('reader-notes highlights', { start: restoring, detail: { drawn: drawPlaces(text, placesIn(section)) } });

  function renderList(): void {
    list.hidden = notes.length === 0 && deletes.count === 0 && !said.textContent;
    keepingFocus(list, () => {
      list.replaceChildren();
      const heading = document.createElement('h2');
      heading.id = 'reader-notes-heading';
      heading.textContent = `我的批注（${notes.length}）`;
      const items = document.createElement('ol');
      for (const note of [...notes].sort((a, b) => a.start - b.start)) items.append(item(note));
      const all = document.createElement('p');
      all.innerHTML = `<a href="${base}notes/">全部批注、导出与导入</a>`;
      list.append(heading, said, ...[deletes.line('reader-note-undo')].filter((line) => line !== undefined), items, all);
      placeInMargin();
    });
    // The header's link and the 批注显示 choice exist once the reader has a note anywhere.
    const any = hasReaderNotes();
    document.querySelector<HTMLElement>('.notes-link')!.hidden = !any;
    if (showMine) showMine.closest<HTMLElement>('.note-mine')!.hidden = !any;
  }

  function item(note: ReaderNote): HTMLLIElement {
    const entry = document.createElement('li');
    entry.dataset.note = note.id;
    const kicker = document.createElement('p');
    kicker.className = 'reader-note-kicker';
    kicker.textContent = note.note ? '我的批注' : '我的划线';
    const quote = document.createElement('blockquote');
    // Text, never HTML: a note is data, whatever it holds.
    quote.textContent = short(note.exact);
    entry.append(kicker, quote);
    if (note.note) {
      const body = document.createElement('p');
      body.className = 'reader-note-body';
      body.textContent = note.note;
      entry.append(body);
    }
    if (note.tags?.length) {
      const tags = document.createElement('p');
      tags.className = 'reader-note-tags';
      tags.textContent = tagsLine(note.tags);
      entry.append(tags);
    }
    if (!ranges.has(note.id)) {
      const gone = document.createElement('p');
      gone.className = 'reader-note-gone';
      gone.textContent = '原文已改动：这段文字不在本节了，批注保留。';
      entry.append(gone);
    }
    const actions = document.createElement('p');
    actions.className = 'reader-note-actions';
    actions.innerHTML = `${ranges.has(note.id) ? '<button type="button" data-act="show">在原文中显示</button>' : ''}<button type="button" data-act="edit">编辑</button><button type="button" data-act="delete">删除</button>`;
    entry.append(actions);
    return entry;
  }

  // --- in the margin on wide screens -------------------------------------------------------------

  /** Where global.css puts the editor's notes in the margin; the reader's join them there. */
  const wide = matchMedia('screen and (min-width: 75rem)');
  const marginGap = 12;

  function placeInMargin(): void {
    const items = [...list.querySelectorAll<HTMLElement>('li[data-note]')];
    list.classList.remove('in-margin');
    for (const entry of items) entry.style.top = '';
    if (!wide.matches || !CSS.supports('position-anchor: --a') || list.hidden || !shown()) return;
    list.classList.add('in-margin');
    // Offsets from the list's own top (it follows the essay, in the same column), so items placed
    // upward land beside their words.
    const origin = list.getBoundingClientRect().top;
    // Every item's height in the margin (src/styles/reader-notes.css), read once rather than laid out per item.
    const height = parseFloat(getComputedStyle(list).getPropertyValue('--reader-note-h')) * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const span = (element: Element, last: Element = element) => ({ top: element.getBoundingClientRect().top - origin, bottom: last.getBoundingClientRect().bottom - origin });
    // An editor's note takes its compact place, down to its title (as the editor's notes chain below
    // each other's titles): a note opened by pointing lies over what follows and moves nothing.
    const taken = [...essay.querySelectorAll('.note-settings, .claim-card:not(:popover-open)')]
      .filter((element) => element.checkVisibility())
      .map((element) => span(element, element.querySelector('.card-title') ?? element));
    // Each note at its words' first line; one whose words are gone at the end of the text.
    const end = span(text).bottom;
    const wanted = items.map((entry) => {
      const range = ranges.get(entry.dataset.note!);
      return { entry, top: range ? range.getBoundingClientRect().top - origin : end, height };
    });
    wanted.sort((a, b) => a.top - b.top);
    const tops = marginPlaces(wanted, taken, marginGap);
    // Too many for the margin beside this text (fifty notes on one passage): the list stays after the text.
    if ((tops.at(-1) ?? 0) + height > end) {
      list.classList.remove('in-margin');
      return;
    }
    tops.forEach((top, index) => (wanted[index]!.entry.style.top = `${top}px`));
  }
  new ResizeObserver(() => placeInMargin()).observe(essay);
  wide.addEventListener('change', placeInMargin);
  // The reader's choice of notes moves the editor's notes; redraw once they have moved.
  document.querySelector('.note-settings')?.addEventListener('change', () => requestAnimationFrame(() => void redraw()));

  // --- reading back from the store -----------------------------------------------------------------

  /** Reads the section's notes from the store and draws them (one redraw at a time). */
  const redraw = coalesced(async () => {
    try {
      notes = (await allNotes()).filter((note) => note.section === section);
    } catch (error) {
      said.textContent = (error as Error).message;
    }
    ranges = drawHighlights(text, shown() ? notes : []).ranges;
    renderList();
  });

  /** Says a failed write in the list and aloud; the reader's words stay where they were typed. */
  const failed = (error: unknown) => {
    said.textContent = (error as Error).message;
    list.hidden = false;
    announce(said.textContent);
  };

  /**
   * Where a reader who noted words is returned when the panel closes: their note beside the words
   * where notes stand in the margin, else the words' own block (on a phone the list is at the end
   * of the section, far from where they were reading).
   */
  function returnToWords(id: string): () => void {
    return () => {
      const edit = list.querySelector<HTMLElement>(`[data-note="${CSS.escape(id)}"] [data-act="edit"]`);
      const range = ranges.get(id);
      const block = range?.startContainer.parentElement?.closest<HTMLElement>('p[id^="p"], li[id^="p"], #text > *');
      if (list.classList.contains('in-margin') || !block) return edit?.focus();
      if (!block.hasAttribute('tabindex')) block.tabIndex = -1;
      block.focus({ preventScroll: true });
      block.scrollIntoView({ block: 'nearest' });
    };
  }

  // --- from a selection ----------------------------------------------------------------------------

  /** Saves the selected words as a highlight, and opens the panel for a note when asked. */
  async function addFromSelection(range: Range, withNote: boolean): Promise<void> {
    const { start, end } = offsetsOf(text, range);
    const now = new Date().toISOString();
    const note: ReaderNote = { id: crypto.randomUUID(), section, ...describeText(text.textContent ?? '', start, end), note: '', created: now, modified: now };
    try {
      await saveNotes([note]);
    } catch (error) {
      return failed(error);
    }
    await redraw();
    announce(withNote ? '已划线，可以写批注' : '已划线');
    getSelection()?.removeAllRanges();
    if (withNote) await panel.open(note, returnToWords(note.id), ranges.get(note.id));
  }

  // --- the list's actions ------------------------------------------------------------------------------

  list.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-act]');
    const id = button?.closest<HTMLElement>('[data-note]')?.dataset.note;
    try {
      if (button?.dataset.act === 'undo') {
        if (await deletes.undo()) announce('已恢复');
        return;
      }
      const note = notes.find((each) => each.id === id);
      if (!button || !note) return;
      if (button.dataset.act === 'edit') await panel.open(note, () => list.querySelector<HTMLElement>(`[data-note="${CSS.escape(note.id)}"] [data-act="edit"]`)?.focus());
      else if (button.dataset.act === 'show') {
        const range = ranges.get(note.id)!;
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } else if (button.dataset.act === 'delete') {
        await deletes.remove(note.id);
        await redraw();
        list.querySelector<HTMLElement>('[data-act="undo"]')?.focus();
        announce('已删除，可以撤销');
      }
    } catch (error) {
      failed(error);
    }
  });

  // On any screen, a click on highlighted words opens their note (a highlight is not an element to focus:
  // the list is the way by keyboard).
  text.addEventListener('click', (event) => {
    if (getSelection()?.isCollapsed === false || (event.target as Element).closest('a, button')) return;
    const hit = [...ranges].find(([, range]) => [...range.getClientRects()].some((box) => event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom));
    const note = hit && notes.find((each) => each.id === hit[0]);
    if (note) void panel.open(note, returnToWords(note.id), ranges.get(note.id));
  });

  document.addEventListener('reader-notes:add', (event) => {
    const { range, withNote } = (event as CustomEvent<AddRequest>).detail;
    void addFromSelection(range, withNote);
  });
  // The whole restore, timed for the bench: the store read, every note anchored and drawn, listed and placed.
  const whole = text.textContent ?? '';
  await restoreNotes({ redraw, shown: () => notes, textOf: () => whole, say: failed });
  performance.measure('reader-notes restore', { start: restoring });
}
