/** Chromium for the browser tests: launch, pages that record console errors, and axe-core. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH;
  if (!executablePath) throw new Error('CHROME_PATH is not set: run the tests with `npm test`.');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * One Chromium for the enclosing file or describe block, launched before its tests and closed
 * after them. It exists only once the hooks have run, so the tests ask for it when they need it.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { page, errors, close: () => context.close() };
}

/** axe-core's WCAG 2.2 A and AA violations and its best practices, on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's content security policy rightly refuses
  // an injected <script>. Once per document: the colour modes are switched in place.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Only violations are read: axe then skips gathering every node that passed.
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  });
}

/** Fails with a readable list of axe's WCAG 2.2 A and AA violations and best-practice findings. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe on ${page.url()}`).toEqual([]);
}

/**
 * Records every text an element takes from now on. A message shown for a moment (已复制, said
 * for 2 s) is then never missed because a busy machine read the page too late.
 */
export async function recordTexts(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const records = ((window as unknown as { __texts?: Record<string, string[]> }).__texts ??= {});
    const seen = (records[selector] = [] as string[]);
    // The whole document is watched: the element may be drawn anew (the passage control is).
    new MutationObserver(() => {
      const text = document.querySelector(selector)?.textContent;
      if (text !== undefined && text !== seen.at(-1)) seen.push(text);
    }).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
  }, selector);
  return () => page.evaluate((selector) => (window as unknown as { __texts: Record<string, string[]> }).__texts[selector]!, selector);
}
