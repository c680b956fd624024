/**
 * axe-core (WCAG 2.2 A and AA, and its best practices) over every page of the build, in light, dark
 * and forced colours: each page loaded once, the colour modes switched in place. Then one page of
 * every kind on a phone, in light and dark, with a claim card open and with the bar a reader
 * arrives with. Pages in other states (notes in the margin, search results, a reader's notes) are
 * checked in their own files.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, sharedBrowser } from './browser.ts';
import { isRedirect, pagesOf } from './built-pages.ts';

const site = inject('sites').root;
const pages = pagesOf(site.dir).filter((path) => !isRedirect(site.dir, path));
const at = (path: string) => new URL(path, site.url).href;
const browser = sharedBrowser();

/** The colour mode has taken effect before axe reads the colours. */
async function emulate(page: Page, media: { colorScheme: 'light' | 'dark'; forcedColors: 'none' | 'active' }): Promise<void> {
  await page.emulateMedia(media);
  await expect.poll(() => page.evaluate(({ colorScheme, forcedColors }) => matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches && matchMedia(`(forced-colors: ${forcedColors})`).matches, media)).toBe(true);
}

// Each page is loaded once and checked in every colour mode, switched in place.
const modes = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colours', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;
test(`axe finds nothing on any page, in ${modes.map(({ name }) => name).join(', ')}`, async () => {
  const { page, close } = await openPage(browser());
  const violations: string[] = [];
  const checked = new Set<string>();
  for (const path of pages) {
    await page.goto(at(path));
    for (const { name, media } of modes) {
      await emulate(page, media);
      violations.push(...(await axeViolations(page)).map((violation) => `${name} /${path}: ${violation}`));
      checked.add(`${name} ${path}`);
    }
  }
  expect(violations).toEqual([]);
  expect(checked.size).toBe(pages.length * modes.length);
  await close();
}, 900_000);

/** One page of each kind: the first of the build's pages that the pattern matches. */
const kinds: Record<string, RegExp> = {
  home: /^$/,
  section: /^automl\/$/,
  'claims index': /^claims\/$/,
  claim: /^claims\/[^/]+\/$/,
  'essay map': /^map\/$/,
  "section's map": /^map\/[^/]+\/$/,
  topics: /^topics\/$/,
  topic: /^topics\/[^/]+\/$/,
  types: /^types\/$/,
  type: /^types\/[^/]+\/$/,
  about: /^about\/$/,
  search: /^search\/$/,
  'reader notes': /^notes\/$/,
  'not found': /^404\.html$/,
};
const ofEachKind = Object.entries(kinds).map(([kind, pattern]) => [kind, pages.find((path) => pattern.test(path))] as const);

test('on a phone (390 px), in light and dark: a page of every kind, a claim card open, and the bar a reader arrives with', async () => {
  expect(ofEachKind.filter(([, path]) => path === undefined)).toEqual([]);
  const { page, close } = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const violations: string[] = [];
  const check = async (state: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulate(page, { colorScheme, forcedColors: 'none' });
      violations.push(...(await axeViolations(page)).map((violation) => `${colorScheme} ${state}: ${violation}`));
    }
  };
  for (const [kind, path] of ofEachKind) {
    await page.goto(at(path === 'search/' ? 'search/?q=AutoML' : path!));
    await check(`${kind} /${path}`);
  }
  await page.goto(at('automl/'));
  const marker = page.locator('.claim-marker').first();
  await marker.click();
  await expect.poll(() => page.locator('.claim-card:popover-open').count()).toBe(1);
  await check('a card open on /automl/');
  const arrived = await marker.evaluate((element) => element.closest('.claim')!.id);
  await page.goto(at(`automl/#${arrived}`));
  await expect.poll(() => page.locator(`[id="${arrived}--card"]`).isVisible()).toBe(true);
  await check(`the bar on /automl/#${arrived}`);
  expect(violations).toEqual([]);
  await close();
}, 300_000);
