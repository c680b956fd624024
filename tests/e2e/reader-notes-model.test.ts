/**
 * A reader's notes never lose a word, beyond examples: fast-check's model-based testing runs
 * random sequences of what a reader does (create a highlight or a note, type, move to another
 * note at once, close, edit on /notes/, delete, undo, import, reload, type and reload at once,
 * type in two tabs at once) in real Chromium against the built site, and after every step checks
 * that the store, each section page's list, /notes/, its JSON-LD and Markdown exports and every
 * open panel hold exactly the words typed.
 *
 * The model is much simpler than the site: a note's id and its words, which note each page has
 * open, and each page's deletions. The pages are driven by script (clicks and key presses
 * dispatched in the page, text inserted as a keyboard would). Most sequences run in one section
 * page (its list, its panel and the store checked after each step); the rest in three tabs of one
 * profile: a section page, the same section in a second tab, and /notes/ (with its exports). A
 * paused clock lets the saves that wait for a pause in typing run at once when the test says, so
 * no step waits 300 ms.
 *
 * `NOTES_MODEL_RUNS` sets how many sequences run in all (200 by default; the stress check runs more).
 */
import { expect, inject, test } from 'vitest';
import fc from 'fast-check';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser } from './browser.ts';

const site = inject('sites').root;
const at = (path: string) => new URL(path, site.url).href;
const section = 'automl';
const flag = `reader-notes:${site.base}`;
const runs = Number(process.env.NOTES_MODEL_RUNS ?? 200);
/** Sequences in three tabs; the rest run in one section page. */
const threeTabRuns = Math.ceil(runs / 5);

type Tab = 'a' | 'b' | 'n';
const sectionTabs = ['a', 'b'] as const;

interface Model {
  notes: Map<string, string>;
  open: Record<Tab, string | undefined>;
  deleted: Record<Tab, { id: string; text: string }[]>;
}

interface Real {
  context: BrowserContext;
  /** The section page `a` always; `b` and `n` in three-tab runs. */
  tabs: { a: Page; b?: Page; n?: Page };
}

const browser = sharedBrowser();
/** The pages the running test drives. */
let real: Real;
/** The section's text, where the seeded notes are. */
let sectionWords: string;
const errors: string[] = [];

/** Makes the page's exports go to `window.__exported` instead of the downloads folder (the blob as the page made it). */
const captureDownloads = () =>
  `(${() => {
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      (window as unknown as { __exported: (text: Promise<string>) => void }).__exported(blobs.get(this.href)!.text());
    };
  }})()`;

async function ready(tab: Tab, page: Page): Promise<void> {
  if (tab === 'n') {
    await page.locator('#notes-list').waitFor({ state: 'attached' });
    await page.evaluate(captureDownloads());
  }
}

/** The tab a command acts in, which the running test has. */
const page = (tab: Tab): Page => real.tabs[tab]!;

/** A profile with its clock paused, and the tabs it opens. */
async function profile(paths: Partial<Record<Tab, string>>): Promise<Real> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install({ time: new Date('2026-12-04T00:00:00.000Z') });
  await context.clock.pauseAt(new Date('2026-12-04T00:00:01.000Z'));
  const tabs: Partial<Record<Tab, Page>> = {};
  for (const [tab, path] of Object.entries(paths) as [Tab, string][]) {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => errors.push(`${tab}: ${error.message}`));
    opened.on('console', (message) => message.type() === 'error' && errors.push(`${tab}: ${message.text()}`));
    await opened.goto(at(path));
    await ready(tab, opened);
    tabs[tab] = opened;
  }
  return { context, tabs: tabs as Real['tabs'] };
}


// --- reading the real pages --------------------------------------------------------------------

interface Seen {
  store?: Record<string, string>;
  list: Record<string, string>;
  panel: string | undefined;
  exported?: Record<string, string>;
  markdown?: string;
}

/** What one tab shows (and, asked, what the store holds and what /notes/ exports), read in one go. */
const seenIn = (page: Page, withStore: boolean, withExports: boolean) =>
  page.evaluate(
    async ([name, withStore, withExports]) => {
      const list = Object.fromEntries([...document.querySelectorAll<HTMLElement>('.reader-notes li[data-note], #notes-list li[data-note]')].map((item) => [item.dataset.note!, item.querySelector('.reader-note-body, .notes-body')?.textContent ?? '']));
      const panel = document.querySelector<HTMLElement>('.reader-note-panel')?.hidden === false ? document.querySelector('textarea')!.value : undefined;
      const seen: Seen = { list, panel };
      if (withStore) {
        seen.store = await new Promise<Record<string, string>>((resolve, reject) => {
          const open = indexedDB.open(name as string);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('notes').objectStore('notes').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(Object.fromEntries((request.result as { id: string; note: string }[]).map((note) => [note.id, note.note])));
            };
          };
        });
      }
      if (withExports) {
        // The export reads the store first: the captured download arrives when it is made.
        const exported = (button: string) =>
          new Promise<string>((resolve) => {
            (window as unknown as { __exported: (text: Promise<string>) => void }).__exported = (text) => void text.then(resolve);
            document.getElementById(button)!.click();
          });
        const collection = JSON.parse(await exported('notes-export-jsonld')) as { first: { items: { id: string; body?: { purpose: string; value: string }[] }[] } };
        seen.exported = Object.fromEntries(collection.first.items.map((item) => [item.id.replace(/^urn:uuid:/, ''), item.body?.find((body) => body.purpose === 'commenting')?.value ?? '']));
        seen.markdown = await exported('notes-export-markdown');
      }
      return seen;
    },
    [flag, withStore, withExports] as const,
  );

/** What every view and the store hold, by note id. */
async function observe() {
  const { a, b, n } = real.tabs;
  const [inA, inB, inN] = await Promise.all([seenIn(a, true, false), b && seenIn(b, false, false), n && seenIn(n, false, true)]);
  return {
    store: inA.store!,
    lists: { a: inA.list, ...(inB && { b: inB.list }), ...(inN && { n: inN.list }) },
    panels: { a: inA.panel, ...(inB && { b: inB.panel }), ...(inN && { n: inN.panel }) },
    ...(inN && { exported: inN.exported!, markdown: inN.markdown! }),
  };
}

/** What the model says every view and the store must hold. */
function expected(model: Model) {
  const notes = Object.fromEntries(model.notes);
  const tabs = Object.keys(real.tabs) as Tab[];
  return {
    store: notes,
    lists: Object.fromEntries(tabs.map((tab) => [tab, notes])),
    panels: Object.fromEntries(tabs.map((tab) => [tab, model.open[tab] === undefined ? undefined : model.notes.get(model.open[tab]!)])),
    ...(real.tabs.n && { exported: notes }),
  };
}

let steps = 0;

/** Lets the saves that wait for a pause in typing run, then waits until the pages agree with the model (or fails, showing both). */
async function settle(model: Model): Promise<void> {
  steps += 1;
  // Up to 30 s: under the stress check's load a reload of /notes/ with three tabs open once took
  // longer than the 10 s this was (the same sequence, replayed on a quiet machine, passed). A lost
  // word never comes back, however long this waits.
  await expect
    .poll(async () => {
      await real.context.clock.runFor(1_000);
      const { markdown, ...seen } = await observe();
      // Markdown escapes nothing in these words: each note's words are lines of it.
      const missing = markdown === undefined ? [] : [...model.notes.values()].filter((words) => words && !markdown.includes(words));
      return { ...seen, markdownMissing: missing };
    }, { interval: 10, timeout: 30_000 })
    .toEqual({ ...expected(model), markdownMissing: [] });
}

// --- driving the real pages ----------------------------------------------------------------------

/** Clicks a control in the page, as a reader's click would reach it (no pointer needed). */
const click = (page: Page, selector: string) => page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.click(), selector);

async function typeInto(page: Page, words: string): Promise<void> {
  await page.evaluate(() => {
    const area = document.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  await page.keyboard.insertText(words);
}

/** Opens a note in a tab's panel, by its 编辑 (a click on its words is tried in ./reader-notes-kept.test.ts). */
const openNote = (tab: Tab, id: string) => click(page(tab), tab === 'n' ? `#notes-list li[data-note="${id}"] [data-act="edit"]` : `.reader-notes li[data-note="${id}"] [data-act="edit"]`);

const paragraphs = ['p1', 'p2', 'p4', 'p5-1', 'p5-2', 'p5-3', 'p6'];
const words = fc.string({ unit: fc.constantFrom(...'读书笔记好句ab'), minLength: 1, maxLength: 6 });

/** Ids in the model, in a fixed order, so a generated index picks the same note when a sequence is replayed. */
const ids = (model: Model) => [...model.notes.keys()].sort();
const pick = (model: Model, index: number) => ids(model)[index % model.notes.size]!;

async function newIds(before: Model): Promise<string[]> {
  const store = (await observe()).store;
  return Object.keys(store).filter((id) => !before.notes.has(id));
}

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: (typeof sectionTabs)[number], readonly paragraph: string, readonly from: number, readonly withNote: boolean) {}
  check = () => true;
  async run(model: Model): Promise<void> {
    const tabPage = page(this.tab);
    await tabPage.evaluate(
      ([paragraph, from]) => {
        const node = document.createTreeWalker(document.getElementById(paragraph as string)!, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const start = (from as number) % Math.max(1, node.data.length - 4);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, Math.min(node.data.length, start + 4));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [this.paragraph, this.from] as const,
    );
    // The control shows after a pause in selecting (and, the first time, once its script has loaded).
    const button = `.passage-link:not([hidden]) button[data-note="${this.withNote ? 'note' : 'highlight'}"]`;
    await expect
      .poll(async () => {
        await real.context.clock.runFor(200);
        return tabPage.locator(button).count();
      })
      .toBe(1);
    await click(tabPage, button);
    let added: string[] = [];
    await expect.poll(async () => (added = await newIds(model))).toHaveLength(1);
    model.notes.set(added[0]!, '');
    if (this.withNote) model.open[this.tab] = added[0]!;
    await settle(model);
  }
  toString = () => `Create(${this.tab}, ${this.paragraph}, ${this.from}, ${this.withNote ? '批注' : '划线'})`;
}

class Type implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab, readonly words: string) {}
  check = (model: Readonly<Model>) => model.open[this.tab] !== undefined;
  async run(model: Model): Promise<void> {
    await typeInto(page(this.tab), this.words);
    const id = model.open[this.tab]!;
    model.notes.set(id, model.notes.get(id)! + this.words);
    await settle(model);
  }
  toString = () => `Type(${this.tab}, ${JSON.stringify(this.words)})`;
}

class Open implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab, readonly index: number) {}
  check = (model: Readonly<Model>) => model.notes.size > 0;
  async run(model: Model): Promise<void> {
    const id = pick(model, this.index);
    await openNote(this.tab, id);
    model.open[this.tab] = id;
    await settle(model);
  }
  toString = () => `Open(${this.tab}, ${this.index})`;
}

/** Types, then at once (before the save's pause) opens another note: the words stay with the first. */
class TypeThenOpen implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab, readonly words: string, readonly index: number) {}
  check = (model: Readonly<Model>) => model.open[this.tab] !== undefined;
  async run(model: Model): Promise<void> {
    const id = model.open[this.tab]!;
    const next = pick(model, this.index);
    await typeInto(page(this.tab), this.words);
    await openNote(this.tab, next);
    model.notes.set(id, model.notes.get(id)! + this.words);
    model.open[this.tab] = next;
    await settle(model);
  }
  toString = () => `TypeThenOpen(${this.tab}, ${JSON.stringify(this.words)}, ${this.index})`;
}

class Close implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab, readonly withEscape: boolean) {}
  check = (model: Readonly<Model>) => model.open[this.tab] !== undefined;
  async run(model: Model): Promise<void> {
    const tabPage = page(this.tab);
    if (this.withEscape) await tabPage.evaluate(() => document.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    else await click(tabPage, '.reader-note-panel [data-act="close"]');
    model.open[this.tab] = undefined;
    await settle(model);
  }
  toString = () => `Close(${this.tab}, ${this.withEscape ? 'Esc' : '完成'})`;
}

class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab, readonly index: number) {}
  check = (model: Readonly<Model>) => model.notes.size > 0;
  async run(model: Model): Promise<void> {
    const id = pick(model, this.index);
    await click(page(this.tab), this.tab === 'n' ? `#notes-list li[data-note="${id}"] [data-act="delete"]` : `.reader-notes li[data-note="${id}"] [data-act="delete"]`);
    model.deleted[this.tab].push({ id, text: model.notes.get(id)! });
    model.notes.delete(id);
    for (const tab of ['a', 'b', 'n'] as const) if (model.open[tab] === id) model.open[tab] = undefined;
    await settle(model);
  }
  toString = () => `Delete(${this.tab}, ${this.index})`;
}

class Undo implements fc.AsyncCommand<Model, Real> {
  constructor(readonly tab: Tab) {}
  check = (model: Readonly<Model>) => model.deleted[this.tab].length > 0;
  async run(model: Model): Promise<void> {
    await click(page(this.tab), this.tab === 'n' ? '#notes-list [data-act="undo"]' : '.reader-notes [data-act="undo"]');
    const { id, text } = model.deleted[this.tab].pop()!;
    model.notes.set(id, text);
    await settle(model);
  }
  toString = () => `Undo(${this.tab})`;
}

class Reload implements fc.AsyncCommand<Model, Real> {
  /** With `words`, typed just before the page is left (saved from their draft by the next page). */
  constructor(readonly tab: Tab, readonly words?: string) {}
  check = (model: Readonly<Model>) => this.words === undefined || model.open[this.tab] !== undefined;
  async run(model: Model): Promise<void> {
    const tabPage = page(this.tab);
    if (this.words !== undefined) {
      await typeInto(tabPage, this.words);
      const id = model.open[this.tab]!;
      model.notes.set(id, model.notes.get(id)! + this.words);
    }
    await tabPage.reload();
    await ready(this.tab, tabPage);
    model.open[this.tab] = undefined;
    model.deleted[this.tab] = [];
    await settle(model);
  }
  toString = () => `Reload(${this.tab}${this.words === undefined ? '' : `, typed ${JSON.stringify(this.words)}`})`;
}

/** Imports a file on /notes/: new notes are added; a copy of a known note older than the stored one changes nothing. */
class Import implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fresh: string[], readonly olderOf: number | undefined) {}
  check = () => true;
  async run(model: Model): Promise<void> {
    const text = ((await (await page('n').request.get(at('notes/texts.json'))).json()) as Record<string, { text: string }>)[section]!.text;
    const stamp = `i${Math.random().toString(36).slice(2, 8)}`;
    const items = this.fresh.map((words, index) => ({ id: `${stamp}-${index}`, words, start: 10 + index * 7 }));
    const older = this.olderOf === undefined || model.notes.size === 0 ? [] : [{ id: pick(model, this.olderOf), words: '旧文件里的', start: 3 }];
    const file = JSON.stringify({
      type: 'AnnotationCollection',
      first: {
        items: [...items, ...older].map((item) => ({
          id: `urn:uuid:${item.id}`,
          type: 'Annotation',
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
          body: [{ type: 'TextualBody', purpose: 'commenting', value: item.words }],
          target: { source: at(`${section}/`), selector: [{ type: 'TextQuoteSelector', exact: text.slice(item.start, item.start + 5), prefix: '', suffix: '' }] },
        })),
      },
    });
    await page('n').locator('#notes-import:enabled').waitFor({ state: 'attached' });
    await page('n').locator('#notes-import').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(file) });
    for (const item of items) model.notes.set(item.id, item.words);
    await settle(model);
  }
  toString = () => `Import(${JSON.stringify(this.fresh)}, older copy of ${this.olderOf})`;
}

/** The same note open in both section tabs, words typed in each before either is saved: both versions are kept, one as a new note. */
class TypeInBothTabs implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number, readonly first: string, readonly second: string) {}
  check = (model: Readonly<Model>) => model.notes.size > 0;
  async run(model: Model): Promise<void> {
    const id = pick(model, this.index);
    for (const tab of sectionTabs) {
      await openNote(tab, id);
      model.open[tab] = id;
    }
    await settle(model);
    const before = model.notes.get(id)!;
    await typeInto(page('a'), this.first);
    await typeInto(page('b'), this.second);
    const both = [before + this.first, before + this.second];
    // Whichever tab saved second keeps its words as a new note, and has that note open.
    let added: string[] = [];
    await expect.poll(async () => {
      await real.context.clock.runFor(1_000);
      added = await newIds(model);
      return added.length;
    }).toBe(1);
    const store = (await observe()).store;
    expect([store[id], store[added[0]!]].sort()).toEqual([...both].sort());
    model.notes.set(id, store[id]!);
    model.notes.set(added[0]!, store[added[0]!]!);
    model.open[store[id] === both[0] ? 'b' : 'a'] = added[0]!;
    await settle(model);
  }
  toString = () => `TypeInBothTabs(${this.index}, ${JSON.stringify(this.first)}, ${JSON.stringify(this.second)})`;
}

/** What a reader may do in the given tabs (the section page `a`, and in three-tab runs `b` and /notes/). */
function actions(tabs: readonly Tab[]) {
  const tab = fc.constantFrom(...tabs);
  const sectionTab = fc.constantFrom(...sectionTabs.filter((each) => tabs.includes(each)));
  const all = [
    fc.tuple(sectionTab, fc.constantFrom(...paragraphs), fc.nat(40), fc.boolean()).map(([where, paragraph, from, withNote]) => new Create(where, paragraph, from, withNote)),
    fc.tuple(tab, words).map(([where, typed]) => new Type(where, typed)),
    fc.tuple(tab, fc.nat()).map(([where, index]) => new Open(where, index)),
    fc.tuple(tab, words, fc.nat()).map(([where, typed, index]) => new TypeThenOpen(where, typed, index)),
    fc.tuple(tab, fc.boolean()).map(([where, escape]) => new Close(where, escape)),
    fc.tuple(tab, fc.nat()).map(([where, index]) => new Delete(where, index)),
    tab.map((where) => new Undo(where)),
    fc.tuple(tab, fc.option(words, { nil: undefined })).map(([where, typed]) => new Reload(where, typed)),
  ];
  if (!tabs.includes('n')) return all;
  return [
    ...all,
    fc.tuple(fc.array(words, { minLength: 1, maxLength: 2 }), fc.option(fc.nat(), { nil: undefined })).map(([fresh, olderOf]) => new Import(fresh, olderOf)),
    fc.tuple(fc.nat(), words, words).filter(([, first, second]) => first !== second).map(([index, first, second]) => new TypeInBothTabs(index, first, second)),
  ];
}

let sequence = 0;

/**
 * Every note gone but two new ones (a highlight and a note, as if stored by another tab), every
 * panel closed, every view told as another tab's changes are told; returns the model of that.
 */
async function reset(): Promise<Model> {
  for (const each of Object.values(real.tabs)) {
    await each.evaluate(() => document.querySelector<HTMLElement>('.reader-note-panel:not([hidden]) [data-act="close"]')?.click());
  }
  await real.context.clock.runFor(1_000);
  sequence += 1;
  const now = '2026-12-04T00:00:00.000Z';
  const seeds = [
    { start: 10, note: '' },
    { start: 120, note: '种子' },
  ].map(({ start, note }, index) => ({ id: `seed-${sequence}-${index}`, section, exact: sectionWords.slice(start, start + 4), prefix: sectionWords.slice(start - 8, start), suffix: sectionWords.slice(start + 4, start + 12), start, end: start + 4, note, created: now, modified: now }));
  // Written as another tab writes: the pages hear of it on the store's channel.
  await page('a').evaluate(
    ([name, seeds]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name as string);
        // A profile that never stored a note has no database yet: made as the store makes it.
        open.onupgradeneeded = () => open.result.createObjectStore('notes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('notes', 'readwrite').objectStore('notes');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            store.clear();
            for (const seed of seeds as { id: string }[]) store.put(seed, seed.id);
            store.transaction.oncomplete = () => {
              open.result.close();
              for (const key of Object.keys(localStorage)) if (key.startsWith(name as string)) localStorage.removeItem(key);
              localStorage.setItem(name as string, '[]');
              new BroadcastChannel(name as string).postMessage({ deleted: keys.result, saved: (seeds as { id: string }[]).map((seed) => seed.id) });
              resolve();
            };
          };
        };
      }),
    [flag, seeds] as const,
  );
  // A section page that had no notes when it loaded has not loaded their script yet: with the flag set, it does.
  for (const tab of sectionTabs) {
    const each = real.tabs[tab];
    if (each && (await each.locator('.reader-notes').count()) === 0) await each.reload();
  }
  const model: Model = { notes: new Map(seeds.map((seed) => [seed.id, seed.note])), open: { a: undefined, b: undefined, n: undefined }, deleted: { a: [], b: [], n: [] } };
  await settle(model);
  return model;
}

/** Runs `count` random sequences in the given tabs, each from two seeded notes, checked after every step. */
async function run(count: number, paths: Partial<Record<Tab, string>>): Promise<void> {
  errors.length = 0;
  real = await profile(paths);
  sectionWords = await page('a').evaluate(() => document.getElementById('text')!.textContent!);
  let sequences = 0;
  steps = 0;
  await fc.assert(
    fc.asyncProperty(fc.commands(actions(Object.keys(paths) as Tab[]), { maxCommands: 16, size: 'max' }), async (commands) => {
      const model = await reset();
      sequences += 1;
      await fc.asyncModelRun(() => ({ model, real }), commands);
    }),
    // A failure prints its seed and path: NOTES_MODEL_SEED and NOTES_MODEL_PATH replay it alone.
    { numRuns: count, ...(process.env.NOTES_MODEL_SEED && { seed: Number(process.env.NOTES_MODEL_SEED), endOnFailure: true }), ...(process.env.NOTES_MODEL_PATH && { path: process.env.NOTES_MODEL_PATH }) },
  );
  // Steps counted with each sequence's reset.
  console.log(`reader notes model (${Object.keys(paths).join(', ')}): ${sequences} sequences, ${steps - sequences} steps, no word lost`);
  await real.context.close();
  expect(errors).toEqual([]);
}

test(`${runs - threeTabRuns} random sequences in one section page lose no word, in the store, the page’s list or its open panel`, () => run(runs - threeTabRuns, { a: `${section}/` }), Math.max(600_000, runs * 3_000));

test(`${threeTabRuns} random sequences in two section tabs and /notes/ lose no word, in the store, the lists, /notes/, its exports or the open panels`, () => run(threeTabRuns, { a: `${section}/`, b: `${section}/`, n: 'notes/' }), Math.max(600_000, runs * 3_000));
