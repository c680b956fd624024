/**
 * Links to any passage, in Chromium against the built site: select words, copy the link the
 * control offers, open it in a fresh page, and land on the words; nothing of it is fetched
 * before a selection.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, expectNoAxeViolations } from './browser.ts';

const sites = inject('sites');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Selects `words` inside the element `selector`, as a reader dragging over them would. */
const select = (page: Page, selector: string, words: string) =>
  page.evaluate(
    ([selector, words]) => {
      const walker = document.createTreeWalker(document.querySelector(selector!)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return true;
      }
      return false;
    },
    [selector, words] as const,
  );

describe.each(Object.entries(sites))('passage links on the %s build', (_name, site) => {
  const at = (path: string) => new URL(path, site.url).href;

  test('select words, copy the link, and a fresh page opens at those words', async () => {
    const { page, errors, close } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(at('software-vs-hardware/'));
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => /passage-links|fragment/.test(path))).toEqual([]);
    // Words outside any claim: only the passage's link is offered.
    const words = '对于我们这些更喜欢专注于软件的人来说';
    expect(await select(page, '#text', words)).toBe(true);
    const control = page.locator('.passage-link');
    await control.waitFor({ state: 'visible' });
    expect(fetched.some((path) => /passage-links/.test(path))).toBe(true);
    await expect(control.locator('button').allTextContents()).resolves.toEqual(['复制链接']);
    await expectNoAxeViolations(page);
    await control.getByRole('button', { name: '复制链接' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const paragraph = await page.locator('#text p', { hasText: words }).getAttribute('id');
    expect(link).toMatch(new RegExp(`^${at('software-vs-hardware/').replace(/[.?]/g, '\\$&')}#${paragraph}:~:text=`));
    expect(link).toContain(encodeURIComponent('对于我们').replace(/-/g, '%2D'));
    expect(errors).toEqual([]);

    const fresh = await openPage(browser, { viewport: { width: 390, height: 700 } });
    await fresh.page.goto(link);
    await fresh.page.waitForFunction((id) => {
      const box = document.getElementById(id!)!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    }, paragraph);
    await expect(fresh.page.evaluate(() => location.hash)).resolves.toBe(`#${paragraph}`);
    await fresh.close();
    await close();
  });

  test('words inside one claim offer the claim\'s link first', async () => {
    const { page, close } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(at('software-vs-hardware/'));
    expect(await select(page, '#hardware-drives-progress', '未来的大多数进步')).toBe(true);
    const control = page.locator('.passage-link');
    await control.waitFor({ state: 'visible' });
    await expect(control.locator('button').allTextContents()).resolves.toEqual(['复制论断链接', '复制链接']);
    await control.getByRole('button', { name: '复制论断链接' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(at('claims/hardware-drives-progress/'));
    // Esc puts the control away; an empty selection keeps it away.
    await page.keyboard.press('Escape');
    await expect(control.isVisible()).resolves.toBe(false);
    await close();
  });
});
