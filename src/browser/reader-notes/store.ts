/**
 * Where a reader's notes live, and the one source of truth every view reads back after each
 * write: IndexedDB (through idb-keyval), one database per site and base path, one entry per note,
 * so two tabs saving different notes never overwrite each other. Every write, here or in another
 * tab (a BroadcastChannel), is told to the listeners of `onChange`, which read the notes again.
 *
 * Words being typed are kept twice: saved to the store shortly after the last key (the editor,
 * ./note-panel.ts), and at once, synchronously, as a draft in localStorage keyed by the note's id,
 * so a draft can only ever be filed under the note it was typed in. A page left before its save
 * ran leaves its draft; the next page stores it (`recoverDrafts`), unless the tab that wrote it is
 * still open (it holds a Web Lock while it has words unsaved). Writing words checks, in the same
 * transaction, that the note is as the editor last read it (src/reader-notes/note-edits.ts).
 *
 * A browser that blocks site storage makes every call here fail with `NotesUnavailable`.
 */
import { createStore, del, get, setMany, values, type UseStore } from 'idb-keyval';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';
import { applyEdit, type EditOutcome, type TextEdit } from '../../reader-notes/note-edits.ts';
import { hasReaderNotes, keepPlaces, localStore, readerNotesFlag } from './flag.ts';

/** What a reader is told when the browser refuses the site its storage (cookies and site data blocked, or no IndexedDB). */
export const unavailableMessage = '这个浏览器不允许本站保存数据（可能关闭了 Cookie 和网站数据），所以无法在这里划线或保留批注';

class NotesUnavailable extends Error {
  constructor() {
    super(unavailableMessage);
  }
}

/** Said when reading or writing the notes fails (storage full, or refused): nothing fails quietly. */
class NotesStorageFailed extends Error {
  constructor(doing: string, cause: unknown) {
    super(`${doing}批注时出错（${cause instanceof Error ? cause.message : String(cause)}）。已有的批注可以在“我的批注”页导出保存`);
  }
}

let opened: UseStore | undefined;
function db(): UseStore {
  try {
    if (!localStore() || typeof indexedDB === 'undefined') throw new Error('no storage');
    return (opened ??= createStore(readerNotesFlag, 'notes'));
  } catch {
    throw new NotesUnavailable();
  }
}

/** Runs an operation on the store; a failure is said in the reader's words. */
async function guarded<T>(doing: string, operation: (store: UseStore) => Promise<T>): Promise<T> {
  const store = db();
  try {
    return await operation(store);
  } catch (error) {
    throw new NotesStorageFailed(doing, error);
  }
}

/** Whether notes can be kept in this browser at all. */
export function notesAvailable(): boolean {
  try {
    db();
    return true;
  } catch {
    return false;
  }
}

export interface Change {
  saved?: string[];
  deleted?: string[];
}
type Listener = (change: Change) => void;
const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(readerNotesFlag);
channel?.addEventListener('message', (event: MessageEvent) => tell(event.data as Change));
const tell = (change: Change) => listeners.forEach((listener) => listener(change));

/** Calls `listener` after every change to the notes: this page's writes and other tabs'. */
export function onChange(listener: Listener): void {
  listeners.add(listener);
}

/** After a write: the places kept for the next page's synchronous check, word to this page's views and to the other tabs. */
async function changed(change: Change): Promise<void> {
  const kept = keepPlaces(await allNotes());
  tell(change);
  channel?.postMessage(change);
  // The notes are saved; only the page's quick check could not be kept, so the next page would not know of them.
  if (!kept) throw new NotesStorageFailed('记录', new Error('浏览器拒绝了本站的 localStorage'));
}

export const allNotes = (): Promise<ReaderNote[]> => guarded('读取', (store) => values<ReaderNote>(store));
export const getNote = (id: string): Promise<ReaderNote | undefined> => guarded('读取', (store) => get<ReaderNote>(id, store));

/** Saves notes in one transaction (an import of hundreds is one write, not hundreds). */
export async function saveNotes(notes: readonly ReaderNote[]): Promise<void> {
  if (notes.length === 0) return;
  const first = !hasReaderNotes();
  await guarded('保存', (store) => setMany(notes.map((note) => [note.id, note]), store));
  await changed({ saved: notes.map((note) => note.id) });
  // Ask once that the browser not evict the notes under storage pressure.
  if (first) void navigator.storage?.persist?.();
}

/** Deletes a note; returns it as the store held it (what an undo restores), or nothing when it was already gone. */
export async function deleteNote(id: string): Promise<ReaderNote | undefined> {
  const note = await getNote(id);
  await guarded('删除', (store) => del(id, store));
  dropDraft(id);
  await changed({ deleted: [id] });
  return note;
}

/** Writes a reader's words into a note, checked against the note as it stands now, in one transaction. */
export async function writeText(edit: TextEdit): Promise<EditOutcome> {
  const outcome = await guarded('保存', (notes) =>
    notes('readwrite', (store) =>
      new Promise<EditOutcome>((resolve, reject) => {
        const read = store.get(edit.note.id);
        read.onerror = () => reject(read.error);
        read.onsuccess = () => {
          const result = applyEdit(read.result as ReaderNote | undefined, edit, new Date().toISOString(), () => crypto.randomUUID());
          if (result.kind !== 'unchanged') store.put(result.note, result.note.id);
          store.transaction.oncomplete = () => resolve(result);
          store.transaction.onerror = store.transaction.onabort = () => reject(store.transaction.error);
        };
      }),
    ),
  );
  if (outcome.kind !== 'unchanged') await changed({ saved: [outcome.note.id] });
  return outcome;
}

// --- drafts: the words of the last moments, kept synchronously ----------------------------------

const draftPrefix = `${readerNotesFlag}draft:`;
/** This page's name among the tabs, and the Web Lock it holds while it has drafts. */
const tab = crypto.randomUUID();
const tabLock = (name: string) => `${readerNotesFlag}tab:${name}`;
let holdingLock = false;

interface Draft extends TextEdit {
  tab: string;
}

/** The draft under a key, if it reads as one. */
function readDraft(key: string): Draft | undefined {
  try {
    return (JSON.parse(localStore()?.getItem(key) ?? 'null') as Draft | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the words typed in a note at once (synchronously), filed under that note only. */
export function keepDraft(edit: TextEdit): void {
  try {
    localStore()?.setItem(draftPrefix + edit.note.id, JSON.stringify({ ...edit, tab } satisfies Draft));
  } catch {
    // Storage full: the words are still saved shortly, as typed.
  }
  if (!holdingLock && navigator.locks) {
    holdingLock = true;
    // Held until the page goes: another page leaves this tab's drafts alone meanwhile.
    void navigator.locks.request(tabLock(tab), () => new Promise(() => {}));
  }
}

/** Drops a note's draft; with `text`, only when the draft holds those words (newer ones typed since stay). */
export function dropDraft(id: string, text?: string): void {
  const key = draftPrefix + id;
  if (text === undefined || readDraft(key)?.text === text) localStore()?.removeItem(key);
}

/** Said when a recovered draft had to be kept beside a version written elsewhere meanwhile. */
export const recoveredBeside = '恢复了上次离开前没来得及保存的文字；那条批注后来在别处改过，所以另存为一条新批注。';

/**
 * Stores the drafts pages left behind (their words typed just before a reload or a closed tab),
 * each under its own note, as any edit is written: over the note if it did not change since, else
 * beside it. A draft whose tab is still open (or still closing) is that tab's to save: it is
 * stored only once that tab's lock is released, if it is still there then. `recovered` hears
 * each write, now or later.
 */
export async function recoverDrafts(recovered: (outcome: EditOutcome) => void): Promise<void> {
  const store = localStore();
  if (!store) return;
  await recoverOldDraft(store, recovered);
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => key?.startsWith(draftPrefix) === true);
  const recover = async (key: string) => {
    const draft = readDraft(key);
    // Read again when its turn comes: the tab that wrote it may have saved it and dropped it meanwhile.
    if (draft?.note?.id && typeof draft.text === 'string') {
      const outcome = await writeText(draft);
      if (outcome.kind !== 'unchanged') recovered(outcome);
    }
    store.removeItem(key);
  };
  for (const key of keys) {
    const owner = readDraft(key)?.tab;
    if (!navigator.locks || !owner) {
      await recover(key);
      continue;
    }
    await navigator.locks.request(tabLock(owner), { ifAvailable: true }, async (lock) => {
      if (lock) await recover(key);
      // Its tab is still open, or still closing: the draft is stored once it has gone, if the tab did not store it.
      else void navigator.locks.request(tabLock(owner), () => recover(key));
    });
  }
}

/** The one draft the notes kept before drafts were filed by note (`{ id, note, modified }`), stored as then: when newer than its note. */
async function recoverOldDraft(store: Storage, recovered: (outcome: EditOutcome) => void): Promise<void> {
  const key = `${readerNotesFlag}draft`;
  const old = store.getItem(key);
  if (old === null) return;
  store.removeItem(key);
  try {
    const { id, note: text, modified } = JSON.parse(old) as { id: string; note: string; modified: string };
    const note = await getNote(id);
    if (note && typeof text === 'string' && Date.parse(modified) > Date.parse(note.modified)) recovered(await writeText({ note, text }));
  } catch {
    // Spoilt: nothing to keep.
  }
}
