/**
 * axe-core (WCAG 2.2 A and AA) over every page of the build, in light, dark and forced colours:
 * each page loaded once, the colour modes switched in place. Pages in particular states (a card
 * open, notes in the margin, search results) are checked in their own files.
 */
import { expect, inject, test } from 'vitest';
import { axeViolations, openPage, sharedBrowser } from './browser.ts';
import { isRedirect, pagesOf } from './built-pages.ts';

const site = inject('sites').root;
const pages = pagesOf(site.dir).filter((path) => !isRedirect(site.dir, path));
const at = (path: string) => new URL(path, site.url).href;
const browser = sharedBrowser();

// Each page is loaded once and checked in every colour mode, switched in place.
const modes = [
  { name: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'forced colours', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;
test(`axe finds no WCAG 2.2 AA violation on any page, in ${modes.map(({ name }) => name).join(', ')}`, async () => {
  const { page, close } = await openPage(browser());
  const violations: string[] = [];
  const checked = new Set<string>();
  for (const path of pages) {
    await page.goto(at(path));
    for (const { name, media } of modes) {
      await page.emulateMedia(media);
      // The mode has taken effect before axe reads the colours.
      await expect.poll(() => page.evaluate(({ colorScheme, forcedColors }) => matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches && matchMedia(`(forced-colors: ${forcedColors})`).matches, media)).toBe(true);
      violations.push(...(await axeViolations(page)).map((violation) => `${name} /${path}: ${violation}`));
      checked.add(`${name} ${path}`);
    }
  }
  expect(violations).toEqual([]);
  expect(checked.size).toBe(pages.length * modes.length);
  await close();
}, 900_000);
