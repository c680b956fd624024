/**
 * The e-book as built: offered on the home and about pages with its true size, valid by the W3C's
 * EPUBCheck (no error, no warning) and accessible by DAISY's Ace (no violation), and read in
 * Chromium with its own stylesheet: a note opens from its marker and leads back, in light and
 * dark, with nothing axe objects to.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import sirv from 'sirv';
import { unzipSync } from 'fflate';
import { epubFileName } from '../../src/epub/build-epub.ts';
import { noteId, noteRefId } from '../../src/epub/section-text.ts';
import { axeViolations, expectNoAxeViolations, openPage, sharedBrowser } from './browser.ts';

const sites = inject('sites');
const builds = Object.entries(sites);
const epubOf = (dir: string) => join(dir, epubFileName);
const scratch = mkdtempSync(join(tmpdir(), 'epub-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Found (or installed) by scripts/test-tools.mjs. */
const epubcheckJar = process.env.EPUBCHECK_JAR;

describe.each(builds)('the %s build', (_name, { url, dir }) => {
  test('offers the e-book on the home and about pages with its size', async () => {
    const bytes = readFileSync(epubOf(dir)).length;
    expect(bytes).toBeGreaterThan(50_000);
    for (const page of ['', 'about/']) {
      const html = await (await fetch(new URL(page, url))).text();
      const link = /<a class="epub-download" href="([^"]+)" download type="application\/epub\+zip">下载电子书（EPUB，(\d+) KB）<\/a>/.exec(html);
      expect(link, page).not.toBeNull();
      expect(Number(link![2])).toBe(Math.round(bytes / 1024));
      const response = await fetch(new URL(link![1]!, url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/epub+zip');
      expect(Buffer.from(await response.arrayBuffer()).length).toBe(bytes);
    }
  });

  test('EPUBCheck finds no error and no warning', { timeout: 120_000 }, () => {
    if (!epubcheckJar) throw new Error('EPUBCHECK_JAR is not set: run the tests with `npm test`.');
    const result = spawnSync('java', ['-jar', epubcheckJar, epubOf(dir)], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('No errors or warnings detected.');
    expect(result.stdout).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
    expect(result.status).toBe(0);
  });
});

test('Ace by DAISY finds no accessibility violation and the metadata it asks for', { timeout: 300_000 }, () => {
  const outDir = join(scratch, 'ace');
  const ace = spawnSync(join('node_modules', '.bin', 'ace-cli'), ['--silent', '--force', '--outdir', outDir, epubOf(sites.base.dir)], {
    encoding: 'utf8',
    // Ace drives Chromium through Puppeteer, whose own browser download the install skips.
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.CHROME_PATH },
  });
  expect(ace.status, ace.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as {
    'earl:result': { 'earl:outcome': string };
    assertions: { 'earl:testSubject': { url: string }; assertions: { 'earl:test': { 'dct:title': string } }[] }[];
    'a11y-metadata': { present: string[] };
    data: { 'html-files'?: unknown[] };
  };
  const violations = report.assertions.flatMap((subject) => subject.assertions.map((assertion) => `${subject['earl:testSubject'].url}: ${assertion['earl:test']['dct:title']}`));
  expect(violations).toEqual([]);
  expect(report['earl:result']['earl:outcome']).toBe('pass');
  expect(report.assertions.length).toBeGreaterThan(10);
  expect(report['a11y-metadata'].present).toEqual(expect.arrayContaining(['schema:accessMode', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary', 'schema:accessModeSufficient', 'dcterms:conformsTo']));
});

describe('read in Chromium', () => {
  const browser = sharedBrowser();
  const book = join(scratch, 'book');
  for (const [path, data] of Object.entries(unzipSync(readFileSync(epubOf(sites.root.dir))))) {
    mkdirSync(dirname(join(book, path)), { recursive: true });
    writeFileSync(join(book, path), data);
  }
  // Served over HTTP, as a reading system's web view loads it (axe reads stylesheets by fetch,
  // which a file: page may not do).
  let origin = '';
  const files = sirv(book, { dev: true });
  // Chromium asks every origin for a favicon; a book has none, and a reading system asks for none.
  const server = createServer((request, response) => (request.url === '/favicon.ico' ? response.writeHead(204).end() : files(request, response)));
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const bookUrl = (name: string) => `${origin}/EPUB/${name}.xhtml`;

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a note opens from its marker and leads back (${colorScheme})`, async () => {
      const { page, errors, close } = await openPage(browser(), { colorScheme, viewport: { width: 600, height: 800 } });
      try {
        await page.goto(bookUrl('automl'));
        // An XHTML document: a markup error would show Chromium's error page instead of the text.
        expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
        const reference = page.locator('a.noteref').first();
        const id = await reference.evaluate((link) => link.closest('.claim')!.id);
        // The stylesheet is applied: the claim's words are underlined, as on paper.
        expect(await page.locator('.claim-inline').first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
        // The reader's theme, not the book, sets the colours: here the browser's light or dark.
        expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(colorScheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
        await reference.click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${noteId(id)}`);
        const note = page.locator(`[id="${noteId(id)}"]`);
        await expect.poll(() => note.evaluate((element) => element.matches(':target') && element.getBoundingClientRect().bottom > 0 && element.getBoundingClientRect().top < innerHeight)).toBe(true);
        expect(await note.evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth))).toBeGreaterThanOrEqual(2);
        await expectNoAxeViolations(page);
        await note.locator('a[role="doc-backlink"]').click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${noteRefId(id)}`);
        await expect.poll(() => reference.evaluate((element) => element.matches(':target') && element.getBoundingClientRect().bottom > 0 && element.getBoundingClientRect().top < innerHeight)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  test('every document of the book passes axe, the maps drawn black on white', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 600, height: 800 } });
    try {
      for (const name of ['nav', 'introduction', 'claims', 'maps', 'about']) {
        await page.goto(bookUrl(name));
        await expectNoAxeViolations(page);
      }
      // The cover is a picture of the title: it has no heading of its own, and needs none.
      await page.goto(bookUrl('cover'));
      expect((await axeViolations(page)).filter((violation) => !violation.startsWith('page-has-heading-one:'))).toEqual([]);
      const colours = await page.goto(bookUrl('maps')).then(() =>
        page.evaluate(() => [...new Set([...document.querySelectorAll('svg.map [stroke], svg.map [fill]')].flatMap((element) => [element.getAttribute('stroke'), element.getAttribute('fill')]).filter(Boolean))]),
      );
      expect(colours.sort()).toEqual(['#000', '#595959', '#fff', 'none'].sort());
    } finally {
      await close();
    }
  });
});
