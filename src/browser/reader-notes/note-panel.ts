/**
 * The note editor a section page and /notes/ both open: a small panel that saves as the reader
 * types, with 完成 (or Esc) to close it. One note at a time; each opening is a session bound to
 * its note, so words typed in one note are saved, drafted and reported under that note only,
 * however fast the reader moves to another (the previous session's save runs on its own).
 *
 * The store (src/browser/reader-notes/store.ts) is the truth: a session begins from the note as stored,
 * writes are checked against it, and when another tab changes the note the panel takes the newer
 * words if the reader has none unsaved, or, if both wrote at once, keeps both and says so.
 */
import { announce } from '../announce.ts';
import { dropDraft, getNote, keepDraft, onChange, writeText } from './store.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

/** The pause after the last key before the words are saved (they are drafted at once). */
const saveDelay = 300;

interface Session {
  /** The note as last read from or written to the store. */
  note: ReaderNote;
  /** The words in the editor. */
  text: string;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves of one session run one after another. */
  saving: Promise<void>;
  inFlight: number;
  returnFocus: () => void;
}

export interface NotePanel {
  /**
   * Opens the note as the store holds it (the same note again only takes focus there);
   * `returnFocus` runs when it closes; `words`, where the page shows them, are kept in sight above it.
   */
  open(note: ReaderNote, returnFocus: () => void, words?: Range): Promise<void>;
  /** Saves what was typed now. */
  flush(): Promise<void>;
}

/** A note's words, cut for a line. */
export const short = (words: string) => (words.length > 60 ? `${words.slice(0, 60)}……` : words);

export function notePanel(className: string): NotePanel {
  const panel = document.createElement('div');
  panel.className = `reader-note-panel ${className}`;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', '我的批注');
  panel.hidden = true;
  panel.innerHTML =
    '<blockquote></blockquote><label for="reader-note-text">批注（边写边保存）</label><textarea id="reader-note-text" rows="4" maxlength="10000"></textarea><p class="reader-note-saved" aria-live="polite"></p><button type="button" data-act="close">完成</button>';
  document.body.append(panel);
  const area = panel.querySelector('textarea')!;
  const status = panel.querySelector('.reader-note-saved')!;
  let session: Session | undefined;

  const dirty = (each: Session) => each.text !== each.note.note || each.timer !== undefined || each.inFlight > 0;
  /** Says how a save went in the panel (while it shows that note); what matters is said aloud either way. */
  const say = (each: Session, message: string, loud = false) => {
    if (each === session) status.textContent = message;
    if (loud) announce(message);
  };

  /** Saves a session's words (after those already saving), as an edit of the note it holds. */
  function save(each: Session): Promise<void> {
    clearTimeout(each.timer);
    each.timer = undefined;
    each.inFlight += 1;
    each.saving = each.saving.then(async () => {
      const text = each.text;
      const before = each.note;
      try {
        if (text === before.note) return dropDraft(before.id, text);
        const outcome = await writeText({ note: before, text });
        each.note = outcome.note;
        if (outcome.note.id !== before.id) {
          // Kept beside a version written elsewhere meanwhile: the words, and any typed since, are now this new note's.
          dropDraft(before.id);
          if (each.text !== outcome.note.note) keepDraft({ note: each.note, text: each.text });
        } else dropDraft(before.id, text);
        if (outcome.kind === 'kept-both') say(each, '这条批注刚在另一个标签页里改过：那边的版本留在原处，你写的另存为一条新批注。', true);
        else if (outcome.kind === 'recreated') say(each, '这条批注已在别处删除；你写的文字已重新保存。', true);
        else say(each, '已保存');
      } catch (error) {
        // The words stay in the editor and in their draft.
        say(each, (error as Error).message, true);
      } finally {
        each.inFlight -= 1;
      }
    });
    return each.saving;
  }

  /** Puts the panel away at once (the reader may open another note at once) and gives focus back. */
  function hide(each: Session): void {
    session = undefined;
    panel.hidden = true;
    each.returnFocus();
  }

  /** Takes the note as the store holds it now, unless the reader has typed meanwhile (their save is checked against it). */
  async function refresh(each: Session): Promise<void> {
    if (dirty(each)) return;
    const stored = await getNote(each.note.id);
    if (each !== session || dirty(each)) return;
    if (!stored) {
      announce('这条批注已在别处删除');
      hide(each);
    } else if (stored.modified !== each.note.modified) {
      each.note = stored;
      each.text = stored.note;
      if (area.value !== stored.note) {
        area.value = stored.note;
        status.textContent = '已换成另一个标签页里的最新文字';
      }
    }
  }

  /** Scrolls the page so that the words stand clear above the panel (on a phone it takes the foot of the screen). */
  function keepInSight(words: Range): void {
    const box = words.getBoundingClientRect();
    const top = panel.getBoundingClientRect().top;
    if (box.bottom > top - 8 && box.left < panel.getBoundingClientRect().right) scrollBy({ top: box.bottom - top + 16, behavior: 'instant' });
  }

  /** Opens at once with the view's copy of the note (the reader may type at once), then checks it against the store. */
  async function open(note: ReaderNote, returnFocus: () => void, words?: Range): Promise<void> {
    if (session?.note.id === note.id) {
      session.returnFocus = returnFocus;
      area.focus();
      return;
    }
    // The note being left is saved under its own id, on its own.
    if (session) void save(session);
    const current: Session = { note, text: note.note, timer: undefined, saving: Promise.resolve(), inFlight: 0, returnFocus };
    session = current;
    panel.querySelector('blockquote')!.textContent = short(note.exact);
    area.value = current.text;
    status.textContent = '';
    panel.hidden = false;
    area.focus({ preventScroll: true });
    if (words) keepInSight(words);
    await refresh(current);
  }

  /** Closes at once; the words are saved under their note meanwhile. */
  function close(): void {
    const closing = session;
    if (!closing) return;
    hide(closing);
    void save(closing);
  }

  area.addEventListener('input', () => {
    const current = session;
    if (!current) return;
    current.text = area.value;
    keepDraft({ note: current.note, text: current.text });
    clearTimeout(current.timer);
    current.timer = setTimeout(() => void save(current), saveDelay);
  });
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-act="close"]')) close();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  // Leaving the page saves at once (the draft keeps the words if the save is cut off).
  const leave = () => session && void save(session);
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leave());

  // Another tab (or another view of this page) changed the open note.
  onChange((change) => {
    if (session && [...(change.saved ?? []), ...(change.deleted ?? [])].includes(session.note.id)) void refresh(session);
  });

  return { open, flush: () => (session ? save(session) : Promise.resolve()) };
}
