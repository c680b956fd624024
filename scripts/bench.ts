/**
 * `npm run bench`: builds the site, serves it on loopback and measures what a reader downloads,
 * how fast search answers, how long a build takes, and how the pipeline scales. Byte budgets
 * fail the run; times are reported, never judged (they depend on the machine).
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { globSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { unified } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { findChromium } from './test-tools.mjs';
import { parseEdition } from '../src/essay/parse-edition.ts';
import { loadAnnotations } from '../src/claims/load-annotations.ts';
import { essayProcessorOptions } from '../src/markdown/pipeline.ts';
import { readEssay, readRevisions, editionPath } from '../src/source.ts';
import { buildEpub, epubFileName } from '../src/epub/build-epub.ts';
import { siteCover } from '../src/site-cards.ts';
import { describeText } from '../src/links/text-selectors.ts';
import { notesCollection } from '../src/reader-notes/note-files.ts';

const outDir = '.bench-dist';
// A section page was 16 KB until edition 2.2 added 0.2–0.3 KB gzip of the editor's notes to the
// heaviest two (two-sided context a review asked for); the frame (CSS, scripts, chrome) did not grow.
// The e-book: well under the 300 KB an EPUB of a long essay can be (no fonts; a PNG cover).
const budgets = { sectionTotalGzip: 17 * 1024, jsBeforeSearchGzip: 2 * 1024, mapTotalGzip: 40 * 1024, searchOnFocusGzip: 47 * 1024, epubBytes: 200 * 1024 };
const searchQueries = ['硬件', 'AutoML', 'benchmark', '可解释性', '医生', 'Kaggle', '外星人'];
/** Fresh contexts whose first query makes the cold figure (their median). */
const coldRuns = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

// --- build ------------------------------------------------------------------------------------

function buildOnce(): number {
  const start = performance.now();
  const result = spawnSync('astro', ['build', '--outDir', outDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - start;
}

// --- page weight ------------------------------------------------------------------------------

interface Weight {
  html: [number, number];
  css: [number, number];
  /** Script files and inline scripts; the inline ones are counted in `html` as well. */
  js: [number, number];
  other: [number, number];
  fonts: number;
}

const kindOf = (type: string, url: string): keyof Omit<Weight, 'fonts'> | 'font' => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  return 'other';
};

/** What a first visit downloads, raw and gzipped, by kind; inline scripts count as JavaScript too. */
async function firstVisit(browser: Browser, url: string): Promise<Weight & { total: [number, number] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight: Weight = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0], fonts: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response.request().resourceType(), response.url());
          if (kind === 'font') weight.fonts++;
          else {
            weight[kind][0] += body.length;
            weight[kind][1] += gzipSize(body);
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Bytes on the wire, every response once, before inline scripts (part of the HTML) join the JS.
  const sum = (index: 0 | 1) => weight.html[index] + weight.css[index] + weight.js[index] + weight.other[index];
  const total: [number, number] = [sum(0), sum(1)];
  const inline = await inlineScripts(page);
  weight.js[0] += Buffer.byteLength(inline);
  weight.js[1] += inline ? gzipSize(inline) : 0;
  await context.close();
  return { ...weight, total };
}

const inlineScripts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/.test((script as HTMLScriptElement).type)).map((script) => script.textContent).join('\n'));

// --- search -----------------------------------------------------------------------------------

async function searchFigures(browser: Browser, base: string) {
  const waitForResults = (page: Page, query: string) =>
    page.waitForFunction((q) => new URLSearchParams(document.querySelector<HTMLElement>('#search-results')?.dataset.search ?? '').get('q') === q, query);

  // Bytes of search: what the search page fetches for it as it loads (the claims' index) and for a first query.
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Buffer | undefined>[] = [];
  const collect = (response: { url(): string; body(): Promise<Buffer> }) => {
    if (/\/pagefind\/|\/search\/claims\.json$/.test(new URL(response.url()).pathname)) pending.push(response.body().catch(() => undefined));
  };
  page.on('response', collect);
  await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
  await page.fill('#search-query', searchQueries[0]!);
  await page.press('#search-query', 'Enter');
  await waitForResults(page, searchQueries[0]!);
  await page.waitForLoadState('networkidle');
  page.off('response', collect);
  const bodies = (await Promise.all(pending)).filter((body) => body !== undefined);
  const firstQueryBytes = bodies.reduce((sum, body) => sum + body.length, 0);
  // Pagefind's files are stored gzipped already; gzip adds nothing to them.
  const firstQueryGzip = bodies.reduce((sum, body) => sum + Math.min(body.length, gzipSize(body)), 0);

  // Warm: the same page, one query after another.
  const warm: number[] = [];
  for (const query of searchQueries.slice(1)) {
    const start = await page.evaluate(() => performance.now());
    await page.fill('#search-query', query);
    await page.press('#search-query', 'Enter');
    await waitForResults(page, query);
    warm.push((await page.evaluate(() => performance.now())) - start);
  }
  await context.close();

  // Cold: a fresh browser context per query, from navigation to the first result shown.
  const cold: number[] = [];
  for (const query of searchQueries) {
    const fresh = await browser.newContext();
    const coldPage = await fresh.newPage();
    await coldPage.goto(`${base}search/?q=${encodeURIComponent(query)}`);
    await waitForResults(coldPage, query);
    cold.push(await coldPage.evaluate(() => performance.now()));
    await fresh.close();
  }
  return { firstQueryBytes, firstQueryGzip, cold: median(cold), warm: median(warm) };
}

/**
 * Search as the reader types, in the header box of a reading page and on the search page: bytes
 * a reading page fetches before the box is focused (the budget is none) and on focus, and the
 * time from the first keystroke to the first results shown, for the first query (Pagefind still
 * loading) and the median of the rest.
 */
async function typingFigures(browser: Browser, base: string) {
  const searchBytes = (url: string) => /\/pagefind\/|search|passage-links/.test(new URL(url).pathname);
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: { url: string; body: Promise<Buffer | undefined> }[] = [];
  page.on('response', (response) => fetched.push({ url: response.url(), body: response.body().catch(() => undefined) }));
  await page.goto(`${base}automl/`, { waitUntil: 'networkidle' });
  const before = fetched.filter(({ url }) => searchBytes(url)).length;
  const loaded = fetched.length;
  await page.focus('#site-search');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const onFocus = await Promise.all(fetched.slice(loaded).map(({ body }) => body));
  const focusGzip = onFocus.reduce((sum, body) => sum + (body ? Math.min(body.length, gzipSize(body)) : 0), 0);
  // A selection of words loads the passage-link control and its fragment generator.
  const focused = fetched.length;
  await page.evaluate(() => {
    (document.activeElement as HTMLElement).blur();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#text p')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('.passage-link').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  const onSelection = await Promise.all(fetched.slice(focused).map(({ body }) => body));
  const selectionGzip = onSelection.reduce((sum, body) => sum + (body ? Math.min(body.length, gzipSize(body)) : 0), 0);
  await context.close();

  const header = await typingTimes(browser, base, 'automl/', (page) => page.focus('#site-search'), '#site-search');
  const searchPage = await typingTimes(browser, base, 'search/', (page) => page.focus('#search-query'), '#search-query');
  // Pagefind's own UI, over the same index, in the same pages, typed the same way.
  const pagefindUi = (path: string) => typingTimes(browser, base, path, startPagefindUi, '.pagefind-ui__search-input', { bypassCSP: true });
  return { before, focusGzip, selectionGzip, header, searchPage, pagefindUi: { header: await pagefindUi('automl/'), searchPage: await pagefindUi('search/') } };
}

type TypingTimes = Awaited<ReturnType<typeof typingTimes>>;

// --- a reader's own notes ---------------------------------------------------------------------

/** Layout shift allowed on a page a reader with notes loads (the header's 我的批注 is there from the first paint). */
const notesShiftBudget = 0.01;

/** `count` notes spread over a section's text. */
function seededNotes(text: string, section: string, count: number) {
  const now = new Date('2026-12-01T00:00:00Z').toISOString();
  return Array.from({ length: count }, (_, index) => {
    const start = Math.floor(((index + 0.5) / count) * (text.length - 12));
    return { id: `bench-${index}`, section, ...describeText(text, start, start + 4 + (index % 9)), note: index % 2 ? `第 ${index} 条批注` : '', created: now, modified: now };
  });
}

/**
 * The reader's notes: bytes fetched when the reader first presses 划线 (none before: a browser test
 * proves it), and, median of 5 loads of a section holding 200 notes on a wide screen, the time to
 * its 200 highlights drawn (from the places the synchronous check reads) and to the whole restore
 * (the store read, every note anchored, drawn, listed and placed in the margin).
 */
async function readerNotesFigures(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const fetched: Promise<Buffer | undefined>[] = [];
  await page.goto(`${base}automl/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#text p')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('.passage-link button[data-note="highlight"]').waitFor();
  await page.waitForLoadState('networkidle');
  page.on('response', (response) => fetched.push(response.body().catch(() => undefined)));
  await page.locator('.passage-link button[data-note="highlight"]').click();
  await page.locator('.reader-notes li').waitFor();
  await page.waitForLoadState('networkidle');
  const firstUseGzip = (await Promise.all(fetched)).reduce((sum, body) => sum + (body ? gzipSize(body) : 0), 0);

  // 200 notes on another section, stored as a reader would: imported on /notes/ as a W3C collection.
  const text = ((await (await fetch(`${base}notes/texts.json`)).json()) as Record<string, { text: string }>).benchmarks!.text;
  const collection = notesCollection(seededNotes(text, 'benchmarks', 200), { origin: new URL(base).origin, base: '/' }, 'bench');
  await page.goto(`${base}notes/`);
  await page.locator('#notes-import').setInputFiles({ name: 'bench.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(collection)) });
  await page.locator('#notes-report').filter({ hasText: '新增 200 条' }).waitFor();
  const highlights: number[] = [];
  const restore: number[] = [];
  let drawn = 0;
  await page.goto(`${base}benchmarks/`);
  for (let run = 0; run < 5; run++) {
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByName('reader-notes restore').length > 0);
    const measured = await page.evaluate(() => {
      const first = performance.getEntriesByName('reader-notes highlights')[0] as PerformanceMeasure;
      return { highlights: first.duration, drawn: (first.detail as { drawn: number }).drawn, restore: performance.getEntriesByName('reader-notes restore')[0]!.duration };
    });
    highlights.push(measured.highlights);
    restore.push(measured.restore);
    drawn = measured.drawn;
  }
  const shift = await shiftWithNotes(context, base);
  await context.close();
  return { firstUseGzip, highlights: median(highlights), restore: median(restore), drawn, shift };
}

/** For a reader with notes, the layout shift of a section page, /search/ and /map/ as they load, at 390 and 1440 px. */
async function shiftWithNotes(context: BrowserContext, base: string): Promise<{ page: string; width: number; shift: number }[]> {
  const page = await context.newPage();
  const shifts: { page: string; width: number; shift: number }[] = [];
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['benchmarks/', 'search/', 'map/']) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      if (path === 'benchmarks/') await page.waitForFunction(() => performance.getEntriesByName('reader-notes restore').length > 0);
      // Every shift since the page began loading (layout shifts reach only a buffered observer), two frames after all has drawn.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                new PerformanceObserver((list, observer) => {
                  observer.disconnect();
                  const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
                  done(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
                }).observe({ type: 'layout-shift', buffered: true });
                // No shift at all: the observer is never called.
                setTimeout(() => done(0), 200);
              }),
            );
          }),
      );
      shifts.push({ page: path, width, shift });
    }
  }
  await page.close();
  return shifts;
}

/** Whether the box's results show `q`: ours say so by a data attribute, Pagefind's UI by its message and drawn titles. */
function resultsShow(q: string): boolean {
  if (document.querySelector<HTMLElement>('#site-search-list')?.dataset.query === q) return true;
  if (new URLSearchParams(document.querySelector<HTMLElement>('#search-results')?.dataset.search ?? '').get('q') === q) return true;
  const ui = document.querySelector('.pagefind-ui');
  return (
    ui !== null &&
    (ui.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q) &&
    ui.querySelector('.pagefind-ui__result-title') !== null &&
    ui.querySelector('.pagefind-ui__loading') === null
  );
}

/** Puts Pagefind's default UI (written into the bundle by the indexer) on the page, and focuses its box. */
async function startPagefindUi(page: Page): Promise<void> {
  await page.addStyleTag({ url: '/pagefind/pagefind-ui.css' });
  await page.addScriptTag({ url: '/pagefind/pagefind-ui.js' });
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'pagefind-baseline';
    document.querySelector('main')!.prepend(element);
    new (window as unknown as { PagefindUI: new (options: object) => unknown }).PagefindUI({ element: '#pagefind-baseline', bundlePath: '/pagefind/' });
  });
  await page.focus('.pagefind-ui__search-input');
}

/**
 * Time from the first keystroke to results drawn, debounce included: the first query in a fresh
 * browser context (cold: the box's code or index still loading), and the median of the rest (warm).
 */
async function typingTimes(browser: Browser, base: string, path: string, start: (page: Page) => Promise<void>, box: string, options: { bypassCSP?: boolean } = {}) {
  /** Types `query` into the page's box and gives the time to its results, from the first key and from the last. */
  const timeQuery = async (typing: Page, query: string) => {
    await typing.fill(box, '');
    await typing.focus(box);
    // The emptied box's own answer (the search page lists every claim again) is drawn before the clock starts.
    await typing.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await typing.waitForTimeout(100);
    const began = await typing.evaluate(() => performance.now());
    await typing.keyboard.type(query);
    await typing.waitForFunction(resultsShow, query, { polling: 'raf' });
    const [now, lastKey] = await typing.evaluate(() => [performance.now(), (window as unknown as { lastKey: number }).lastKey]);
    return { first: now - began, last: now - lastKey! };
  };
  const freshPage = async () => {
    const fresh = await browser.newContext(options);
    const typing = await fresh.newPage();
    await typing.goto(base + path, { waitUntil: 'networkidle' });
    await start(typing);
    // When the last character of each query reached the box, as the page saw it (an input event:
    // Chinese is typed as text, without key events).
    await typing.evaluate(() => document.addEventListener('input', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()), true));
    return { fresh, typing };
  };
  // Cold: the first query in a fresh context, the median of several (one sample varied by half).
  const cold: { first: number; last: number }[] = [];
  for (let run = 0; run < coldRuns; run++) {
    const { fresh, typing } = await freshPage();
    cold.push(await timeQuery(typing, searchQueries[0]!));
    await fresh.close();
  }
  // Warm: the other queries, one after another in one page.
  const { fresh, typing } = await freshPage();
  await timeQuery(typing, searchQueries[0]!);
  const warm: { first: number; last: number }[] = [];
  for (const query of searchQueries.slice(1)) warm.push(await timeQuery(typing, query));
  await fresh.close();
  return { cold: median(cold.map(({ first }) => first)), warm: median(warm.map(({ first }) => first)), lastKeyCold: median(cold.map(({ last }) => last)), lastKeyWarm: median(warm.map(({ last }) => last)) };
}

// --- scaling ----------------------------------------------------------------------------------

/** The essay and its claims repeated `times` times, each copy with its own slugs and ids. */
function syntheticEssay(times: number) {
  const text = readFileSync(editionPath, 'utf8');
  const { claims } = readEssay();
  const copies = Array.from({ length: times }, (_, copy) => copy);
  const sectionLine = /^## (.*)\{#([a-z0-9-]+)\}$/gm;
  const [head, ...rest] = text.split(/^(?=## )/m);
  const body = rest.join('');
  // Only the first copy's introduction may stay untitled.
  const edition = head + copies.map((copy) => body.replace(sectionLine, (_, heading: string, slug: string) => `## ${heading || (copy === 0 ? '' : '引言 ')}{#${slug}-x${copy}}`)).join('\n');
  const files = copies.flatMap((copy) =>
    [...new Set(claims.map((claim) => claim.section))].map((section) => ({
      path: `src/annotations/${section}-x${copy}.yaml`,
      text: stringify(
        claims
          .filter((claim) => claim.section === section)
          .map(({ origin: _origin, section: _section, ...claim }) => ({
            ...claim,
            id: `${claim.id}-x${copy}`,
            former_ids: claim.former_ids.map((id) => `${id}-x${copy}`),
            relations: claim.relations.map((relation) => ({ ...relation, target: `${relation.target}-x${copy}` })),
          })),
      ),
    })),
  );
  return { edition, files };
}

/** Load, split, anchor and render a synthetic essay; milliseconds. */
async function pipelineTime(times: number): Promise<number> {
  const { edition: text, files } = syntheticEssay(times);
  const start = performance.now();
  const edition = parseEdition(text);
  const claims = loadAnnotations(files, edition.sections.map((section) => section.slug));
  const renderer = await unified(essayProcessorOptions(claims)).createRenderer({} as never);
  for (const section of edition.sections) {
    await renderer.render(section.markdown, { frontmatter: { section: section.slug } } as never);
  }
  return performance.now() - start;
}

/**
 * What the e-book adds to a build: its bytes, the time to draw its cover (once; the renderer is
 * the share images') and to make the book from the loaded essay (median of 5).
 */
async function epubFigures() {
  const bytes = statSync(`${outDir}/${epubFileName}`).size;
  const drawing = performance.now();
  const cover = await siteCover();
  const coverMs = performance.now() - drawing;
  const { edition, claims } = readEssay();
  const source = { edition, claims, revisions: readRevisions(claims), cover: { png: new Uint8Array(cover.png), alt: cover.card.alt }, urls: { base: '/' } };
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    buildEpub(source);
    return performance.now() - start;
  });
  return { bytes, coverMs, ms: median(times) };
}

// --- run --------------------------------------------------------------------------------------

async function main() {
  const builds = [buildOnce(), buildOnce(), buildOnce()];
  const server = createServer(sirv(outDir, { dev: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });

  const pages = { home: '', section: 'automl/', 'claim page': 'claims/hardware-drives-progress/', 'claims index': 'claims/', 'argument map': 'map/', 'section map': 'map/what-research-is-for/', search: 'search/' };
  const rows: string[] = ['| page | HTML | CSS | JS | other | total (gzip) | total (raw) |', '|---|---|---|---|---|---|---|'];
  const cell = ([rawBytes, gz]: [number, number]) => `${kb(gz)} (${kb(rawBytes)})`;
  const row = (name: string, weight: Weight & { total: [number, number] }) =>
    `| ${name} | ${cell(weight.html)} | ${cell(weight.css)} | ${cell(weight.js)} | ${cell(weight.other)} | ${kb(weight.total[1])} | ${kb(weight.total[0])} |`;
  const failures: string[] = [];
  let sectionJs = 0;
  for (const [name, path] of Object.entries(pages)) {
    const weight = await firstVisit(browser, base + path);
    rows.push(row(name, weight));
    if (weight.fonts > 0) failures.push(`${name} downloads ${weight.fonts} web font(s)`);
    if (name === 'section') sectionJs = weight.js[1];
    if (name.endsWith('map') && weight.total[1] > budgets.mapTotalGzip) failures.push(`${name} first load ${kb(weight.total[1])} gzip > ${kb(budgets.mapTotalGzip)}`);
    if (name !== 'search' && weight.js[1] > budgets.jsBeforeSearchGzip) failures.push(`${name} ships ${kb(weight.js[1])} gzip of JavaScript before search > ${kb(budgets.jsBeforeSearchGzip)}`);
  }
  // The budget holds for every section page, the ones with the most notes included.
  const sections: { slug: string; weight: Awaited<ReturnType<typeof firstVisit>> }[] = [];
  for (const { slug } of readEssay().edition.sections) sections.push({ slug, weight: await firstVisit(browser, `${base}${slug}/`) });
  for (const { slug, weight } of sections) {
    if (weight.total[1] > budgets.sectionTotalGzip) failures.push(`section page ${slug}/ first load ${kb(weight.total[1])} gzip > ${kb(budgets.sectionTotalGzip)}`);
  }
  const heaviest = sections.reduce((most, section) => (section.weight.total[1] > most.weight.total[1] ? section : most));
  rows.splice(4, 0, row(`heaviest section (${heaviest.slug})`, heaviest.weight));

  const search = await searchFigures(browser, base);
  const typing = await typingFigures(browser, base);
  const readerNotes = await readerNotesFigures(browser, base);
  for (const { page, width, shift } of readerNotes.shift) if (shift > notesShiftBudget) failures.push(`with notes, /${page} at ${width} px shifts ${shift.toFixed(3)} > ${notesShiftBudget}`);
  if (readerNotes.drawn !== 200) failures.push(`only ${readerNotes.drawn} of 200 reader highlights were drawn at once`);
  if (typing.before > 0) failures.push(`a reading page fetches ${typing.before} file(s) of search or passage links before its search box is focused or words are selected`);
  if (typing.focusGzip > budgets.searchOnFocusGzip) failures.push(`focusing the header box fetches ${kb(typing.focusGzip)} gzip > ${kb(budgets.searchOnFocusGzip)}`);
  await browser.close();
  server.close();

  const scaling = [1, 10, 100].map((times) => ({ times, ms: 0 }));
  await pipelineTime(1); // warm up the processor and the JIT
  for (const row of scaling) row.ms = median([await pipelineTime(row.times), await pipelineTime(row.times), await pipelineTime(row.times)]);
  const perOne = (row: { times: number; ms: number }) => row.ms / row.times;
  const growth = perOne(scaling[2]!) / perOne(scaling[0]!);

  console.log('\nPage weight on first visit (gzip, raw in brackets):\n');
  console.log(rows.join('\n'));
  console.log(`\nJavaScript before search is opened (section page): ${kb(sectionJs)} gzip (budget ${kb(budgets.jsBeforeSearchGzip)})`);
  console.log(`Search on the search page, as it loads and for a first query ("${searchQueries[0]}"): ${kb(search.firstQueryGzip)} gzip (${kb(search.firstQueryBytes)} raw) downloaded`);
  console.log(`First result, median of ${searchQueries.length} queries: cold ${search.cold.toFixed(0)} ms (fresh browser context, from navigation), warm ${search.warm.toFixed(0)} ms`);
  console.log(`Files of search or passage links a reading page fetches before its search box is focused or words are selected: ${typing.before} (budget 0); on focus: ${kb(typing.focusGzip)} gzip (budget ${kb(budgets.searchOnFocusGzip)}); on a first selection: ${kb(typing.selectionGzip)} gzip`);
  console.log(`A reader's own notes: on the first 划线, ${kb(readerNotes.firstUseGzip)} gzip fetched (none before); a section with 200 notes, median of 5 loads: ${readerNotes.drawn} highlights drawn in ${readerNotes.highlights.toFixed(1)} ms, every note read from the store, anchored, listed and placed in the margin in ${readerNotes.restore.toFixed(1)} ms`);
  console.log(`Layout shift as a page loads for a reader with notes (budget ${notesShiftBudget}): ${readerNotes.shift.map(({ page, width, shift }) => `/${page} ${width} px ${shift.toFixed(3)}`).join(', ')}`);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
  const pf = typing.pagefindUi;
  const timeRow = (name: string, ours: TypingTimes, theirs: TypingTimes) =>
    `| ${name} | ${ms(ours.cold)} / ${ms(ours.lastKeyCold)} | ${ms(ours.warm)} / ${ms(ours.lastKeyWarm)} | ${ms(theirs.cold)} / ${ms(theirs.lastKeyCold)} | ${ms(theirs.warm)} / ${ms(theirs.lastKeyWarm)} | ${ratio(ours.cold, theirs.cold)} / ${ratio(ours.lastKeyCold, theirs.lastKeyCold)} | ${ratio(ours.warm, theirs.warm)} / ${ratio(ours.lastKeyWarm, theirs.lastKeyWarm)} |`;
  console.log(`\nKeystroke to results drawn, debounce included, each as "from the first key / from the last key" (cold: the first query in a fresh context, median of ${coldRuns}; warm: median of the other ${searchQueries.length - 1} in one page):\n`);
  console.log('| box | ours cold | ours warm | Pagefind UI cold | Pagefind UI warm | ratio cold | ratio warm |\n|---|---|---|---|---|---|---|');
  console.log(timeRow('header box (section page)', typing.header, pf.header));
  console.log(timeRow('search page', typing.searchPage, pf.searchPage));
  console.log('(Aims: warm within 0.2×, cold within 0.5× of Pagefind\'s UI. Times are reported, not judged: they depend on the machine.)');
  const epub = await epubFigures();
  if (epub.bytes > budgets.epubBytes) failures.push(`the e-book is ${kb(epub.bytes)} > ${kb(budgets.epubBytes)}`);
  console.log(`E-book (${epubFileName}): ${kb(epub.bytes)} (budget ${kb(budgets.epubBytes)}); its cover drawn in ${epub.coverMs.toFixed(0)} ms, the book made in ${epub.ms.toFixed(0)} ms (median of 5)`);
  const images = globSync('og/**/*.png', { cwd: outDir });
  const imageBytes = images.reduce((sum, file) => sum + statSync(`${outDir}/${file}`).size, 0);
  console.log(`Share images: ${images.length} PNGs, ${kb(imageBytes)} in all (${kb(imageBytes / images.length)} each on average); fetched only by link previews`);
  console.log(`Full build (Astro + Pagefind + share images), median of 3: ${(median(builds) / 1000).toFixed(1)} s`);
  console.log('\nPipeline scaling (load, split, anchor, render; median of 3):\n');
  console.log('| essay size | time | time per 1× |\n|---|---|---|');
  for (const row of scaling) console.log(`| ${row.times}× | ${row.ms.toFixed(0)} ms | ${perOne(row).toFixed(1)} ms |`);
  console.log(`\nTime per 1× at 100× is ${growth.toFixed(2)}× the 1× figure (must stay within 1.5×).`);
  if (growth > 1.5) failures.push(`pipeline grows faster than linearly: ${growth.toFixed(2)}× per 1× at 100×`);

  if (failures.length > 0) {
    console.error(`\nBudgets exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAll budgets met.');
}

await main();
