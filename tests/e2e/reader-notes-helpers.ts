/** What the reader-notes browser tests do alike: select words, note them, read what is drawn, listed and stored. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage } from './browser.ts';

/** Selects characters [from, to) of an element's text, as a reader's drag would; returns the words. */
export async function select(page: Page, id: string, from: number, to: number): Promise<string> {
  const words = await page.evaluate(
    ([id, start, end]) => {
      // A control already showing answers the new selection after a pause (redrawn or hidden):
      // the test waits for that, so a click never lands on the control of the selection before.
      const control = document.querySelector<HTMLElement>('.passage-link:not([hidden])');
      (window as unknown as { __answered?: boolean }).__answered = !control;
      if (control) new MutationObserver((_, observer) => ((window as unknown as { __answered: boolean }).__answered = true) && observer.disconnect()).observe(control, { childList: true, attributes: true });
      const container = document.getElementById(id as string)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const length = node.data.length;
        if (offset <= (start as number) && (start as number) < offset + length) range.setStart(node, (start as number) - offset);
        if (offset < (end as number) && (end as number) <= offset + length) range.setEnd(node, (end as number) - offset);
        offset += length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    },
    [id, from, to] as const,
  );
  await page.waitForFunction(() => (window as unknown as { __answered: boolean }).__answered);
  return words;
}

/** Selects words and presses 划线 or 批注 (with a note typed in the panel, which is then closed). */
export async function addNote(page: Page, paragraph: string, from: number, to: number, note?: string): Promise<string> {
  const words = await select(page, paragraph, from, to);
  await page.locator(`.passage-link button[data-note="${note === undefined ? 'highlight' : 'note'}"]`).click();
  await page.locator('.reader-notes li[data-note]').filter({ hasText: words.slice(0, 20) }).first().waitFor({ state: 'attached' });
  if (note !== undefined) {
    await page.locator('#reader-note-text').fill(note);
    await page.locator('.reader-note-panel .reader-note-saved').filter({ hasText: '已保存' }).waitFor();
    await page.keyboard.press('Escape');
  }
  return words;
}

/** The words of every highlight drawn with the CSS Custom Highlight API. */
export const drawn = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('reader-notes') as Set<AbstractRange> | undefined) ?? [])].map((range) => (range as Range).toString()));

/** Each listed note's text (textContent: items off screen are not rendered, so their innerText is empty). */
export const listed = (page: Page) => page.locator('.reader-notes li[data-note]').allTextContents();

export interface StoredNote {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
  tags?: string[];
}

/** Every stored note, read from the store's IndexedDB database, by id. */
export const stored = (page: Page, base: string) =>
  page.evaluate(
    (name) =>
      new Promise<StoredNote[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('notes');
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            resolve((request.result as StoredNote[]).sort((a, b) => a.id.localeCompare(b.id)));
            open.result.close();
          };
        };
      }),
    `reader-notes:${base}`,
  );

/** A fresh profile's page, with its context and the errors it logs. */
export async function freshPage(browser: Browser, width = 1280, options: Parameters<typeof openPage>[1] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const watched = await openPage(browser, { viewport: { width, height: 900 }, ...options });
  return { context: watched.page.context(), page: watched.page, errors: watched.errors };
}

/** Imports a file on /notes/ and returns the report. */
export async function importFile(page: Page, name: string, body: string | Buffer): Promise<string> {
  // The page enables the control once its script listens to it.
  await page.locator('#notes-import:enabled').waitFor({ state: 'attached' });
  await page.locator('#notes-report').evaluate((report) => report.replaceChildren());
  await page.locator('#notes-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  await page.locator('#notes-report').filter({ hasText: /\S/ }).waitFor();
  return (await page.locator('#notes-report').textContent()) ?? '';
}

/** What a download button gives, read from the download. */
export async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/**
 * The W3C Text Fragments matching of text-fragments-polyfill (the spec's algorithm: blocks, word
 * boundaries, context), bundled to run in a page: where a link's `:~:text=` directive lands.
 */
const fragmentMatcher = buildSync({
  stdin: {
    contents: `import { getFragmentDirectives, parseFragmentDirectives, processTextFragmentDirective } from ${JSON.stringify(createRequire(import.meta.url).resolve('text-fragments-polyfill/text-fragment-utils'))};
      window.__textFragment = (hash) => (parseFragmentDirectives(getFragmentDirectives(hash)).text ?? []).map((directive) => processTextFragmentDirective(directive).map((range) => range.toString()));`,
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'iife',
  write: false,
}).outputFiles[0]!.text;

/** The words a link's text directive finds on the page it opens (one list per directive). */
export async function fragmentFinds(page: Page, url: string): Promise<string[][]> {
  await page.evaluate(fragmentMatcher);
  return page.evaluate((hash) => (window as unknown as { __textFragment: (hash: string) => string[][] }).__textFragment(hash), new URL(url).hash);
}

/** The section page's text as its `#text` holds it (what notes are anchored in), and where each paragraph and list item stands in it. */
export async function sectionText(page: Page, url: string): Promise<{ text: string; blocks: [string, number, number][] }> {
  if (page.url() !== url) await page.goto(url);
  return page.evaluate(() => {
    const text = document.getElementById('text')!;
    const offset = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(node, at);
      return range.toString().length;
    };
    const blocks = [...text.querySelectorAll<HTMLElement>('p[id^="p"], li[id^="p"]')].map((block): [string, number, number] => [block.id, offset(block, 0), offset(block, block.childNodes.length)]);
    return { text: text.textContent ?? '', blocks };
  });
}

/** Writes notes straight into the store's database (as an older version of the site left them), with the page's flag. */
export const putStored = (page: Page, base: string, notes: readonly Record<string, unknown>[]) =>
  page.evaluate(
    ([name, notes]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('notes');
        open.onsuccess = () => {
          const transaction = open.result.transaction('notes', 'readwrite');
          for (const note of notes) transaction.objectStore('notes').put(note, note.id as string);
          transaction.oncomplete = () => {
            open.result.close();
            localStorage.setItem(name, '[]');
            resolve();
          };
        };
      }),
    [`reader-notes:${base}`, notes] as const,
  );
