/**
 * Reading the essay in a real browser(), at the root and under a sub-path: the walk through the
 * sections, paragraph links, links to any passage (select, copy, land; nothing fetched before a
 * selection), accessibility in both themes, and the text without JavaScript.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readEdition } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { openPage, expectNoAxeViolations, recordTexts, sharedBrowser } from './browser.ts';

const sections = toSections(readEdition());
const sites = inject('sites');

const browser = sharedBrowser();

describe.each(Object.entries(sites))('the %s build', (name, site) => {
  const at = (path: string) => new URL(path, site.url).href;

  test('home lists every section, and each table-of-contents link opens that section', async () => {
    const { page, errors, close } = await openPage(browser());
    await page.goto(site.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(readEdition().title);
    const links = page.locator('nav.contents a');
    await expect.poll(() => links.count()).toBe(sections.length);
    for (const [index, section] of sections.entries()) {
      await page.goto(site.url);
      await page.locator('nav.contents a').nth(index).click();
      await page.waitForURL(at(`${section.slug}/`));
      await expect.poll(() => page.locator('h1').textContent()).toBe(section.title);
      await expect.poll(() => page.title()).toMatch(new RegExp(`^${section.title} — `));
      await expect.poll(() => page.locator('nav.contents a[aria-current="page"] .contents-title').textContent()).toBe(section.title);
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('next links walk from the introduction to the last section, previous links walk back', async () => {
    const { page, errors, close } = await openPage(browser());
    await page.goto(site.url);
    await page.getByRole('link', { name: '从引言开始阅读' }).click();
    for (const [index, section] of sections.entries()) {
      await page.waitForURL(at(`${section.slug}/`));
      await expect.poll(() => page.locator('h1').textContent()).toBe(section.title);
      const next = page.locator('a[rel="next"]');
      if (index === sections.length - 1) {
        await expect.poll(() => next.count()).toBe(0);
      } else {
        await expect.poll(() => next.locator('.pager-title').textContent()).toBe(sections[index + 1]!.title);
        await next.click();
      }
    }
    for (const section of [...sections].reverse().slice(1)) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(at(`${section.slug}/`));
      await expect.poll(() => page.locator('h1').textContent()).toBe(section.title);
    }
    await expect.poll(() => page.locator('a[rel="prev"]').count()).toBe(0);
    await page.getByRole('link', { name: '回到首页' }).click();
    await page.waitForURL(site.url);
    expect(errors).toEqual([]);
    await close();
  });

  test('a paragraph self-link lands on its paragraph, which is highlighted', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(at('benchmarks/'));
    const paragraph = page.locator('#p5');
    const link = paragraph.locator('a.self-link');
    const shown = () => link.evaluate((element) => getComputedStyle(element).opacity === '1' && getComputedStyle(element, '::after').content === '"¶"');
    await expect.poll(() => shown()).toBe(false);
    await paragraph.hover();
    await expect.poll(shown).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(shown).toBe(false);
    // Keyboard focus shows it too, and Enter follows it.
    await link.focus();
    await expect.poll(shown).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(at('benchmarks/#p5'));
    await expect.poll(() => paragraph.evaluate((element) => element.matches(':target'))).toBe(true);
    await expect.poll(() => paragraph.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    // Loading the link afresh lands there too.
    await page.goto(at('automl/#p3-2'));
    await expect.poll(() => page.locator('#p3-2').evaluate((element) => element.matches(':target'))).toBe(true);
    await close();
  });

  test('every internal link of home and a section resolves', async () => {
    const { page, close } = await openPage(browser());
    for (const path of ['', 'automl/']) {
      await page.goto(at(path));
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      for (const href of hrefs.filter((href) => href.startsWith(new URL(site.url).origin))) {
        expect(new URL(href).pathname.startsWith(site.base), href).toBe(true);
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
    }
    await close();
  });

  // The root build's every page is checked in ./accessibility.test.ts; here, the sub-path build's.
  for (const colorScheme of name === 'base' ? (['light', 'dark'] as const) : []) {
    test(`axe finds no WCAG 2.2 AA violation on home and a section page (${colorScheme})`, async () => {
      const { page, close } = await openPage(browser(), { colorScheme });
      for (const path of ['', 'automl/', 'introduction/']) {
        await page.goto(at(path));
        await expectNoAxeViolations(page);
      }
      await close();
    });
  }

  test('without JavaScript every section shows all of its text', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    for (const section of sections) {
      await page.goto(at(`${section.slug}/`));
      const shown = await page.locator('#text').innerText();
      for (const unit of section.text.split('\n')) expect(shown).toContain(unit);
    }
    await close();
  });
});

test('the header and footer line up with the text at every width: beside the contents at 1024 px, over the text column from 1200 px', async () => {
  const { page, close } = await openPage(browser());
  for (const width of [390, 1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(new URL('automl/', sites.root.url).href);
    const edges = await page.evaluate(() => Object.fromEntries(['.site-header', '.site-footer', '#text', '.contents'].map((selector) => {
      const { left, right } = document.querySelector(selector)!.getBoundingClientRect();
      return [selector, { left: Math.round(left), right: Math.round(right) }];
    })));
    for (const edge of ['.site-header', '.site-footer'] as const) {
      expect(edges[edge]!.left, `${edge} at ${width}`).toBe(edges['#text']!.left);
      // Beside the contents (1024) the right edge is the contents'; else the text's.
      expect(edges[edge]!.right, `${edge} at ${width}`).toBe(width === 1024 ? edges['.contents']!.right : edges['#text']!.right);
    }
  }
  await close();
});

test('the 404 page is served for unknown paths', async () => {
  const { page, close } = await openPage(browser());
  const response = await page.goto(new URL('no-such-page/', sites.root.url).href);
  expect(response?.status()).toBe(404);
  await expect.poll(() => page.locator('h1').textContent()).toBe('找不到这个页面');
  await close();
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
    const { page, errors, close } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
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
    await expect.poll(() => fetched.some((path) => /passage-links/.test(path))).toBe(true);
    await expect.poll(() => control.locator('button').allTextContents()).toEqual(['复制链接', '划线', '批注']);
    await expectNoAxeViolations(page);
    // By keyboard: the control is the next Tab stop after words selected with the pointer; copying is said.
    const [from, to] = await page.evaluate(() => {
      const range = getSelection()!.getRangeAt(0);
      const rects = [...range.getClientRects()];
      return [rects[0]!, rects.at(-1)!].map((rect, index) => ({ x: index === 0 ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 }));
    });
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 5 });
    await page.mouse.up();
    await control.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.passage-link') !== null)).toBe(true);
    const said = await recordTexts(page, '#announce');
    await page.keyboard.press('Enter');
    await expect.poll(said).toContain('已复制');
    await expect.poll(() => page.locator('#announce').getAttribute('role')).toBe('status');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const paragraph = await page.locator('#text p', { hasText: words }).getAttribute('id');
    expect(link).toMatch(new RegExp(`^${at('software-vs-hardware/').replace(/[.?]/g, '\\$&')}#${paragraph}:~:text=`));
    expect(link).toContain(encodeURIComponent('对于我们').replace(/-/g, '%2D'));
    expect(errors).toEqual([]);

    const fresh = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await fresh.page.goto(link);
    await fresh.page.waitForFunction((id) => {
      const box = document.getElementById(id!)!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    }, paragraph);
    await expect.poll(() => fresh.page.evaluate(() => location.hash)).toBe(`#${paragraph}`);
    await fresh.close();
    await close();
  });

  test('words inside one claim offer the claim\'s link first', async () => {
    const { page, close } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(at('software-vs-hardware/'));
    expect(await select(page, '#hardware-drives-progress', '未来的大多数进步')).toBe(true);
    const control = page.locator('.passage-link');
    await control.waitFor({ state: 'visible' });
    await expect.poll(() => control.locator('button').allTextContents()).toEqual(['复制论断链接', '复制链接', '划线', '批注']);
    await control.getByRole('button', { name: '复制论断链接' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(at('claims/hardware-drives-progress/'));
    // Esc puts the control away; an empty selection keeps it away.
    await page.keyboard.press('Escape');
    await expect.poll(() => control.isVisible()).toBe(false);
    await close();
  });
});
