/**
 * Paragraph links for keyboard and touch, pages on paper, and Chinese line breaking, in Chromium
 * against the built site.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readEssay } from '../../src/source.ts';
import { wordBoundaries } from '../../src/typography/word-breaks.ts';
import { claimTypes } from '../../src/claims/vocabulary.ts';
import { openPage, sharedBrowser } from './browser.ts';

const { claims } = readEssay();
const site = inject('sites').root;
const at = (path: string) => new URL(path, site.url).href;
const automl = claims.filter((claim) => claim.section === 'automl');

const browser = sharedBrowser();

describe('paragraph links', () => {
  test('cost one Tab stop per page; the arrow keys move between them and Enter follows one', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(at('benchmarks/'));
    const total = await page.locator('#text .self-link').count();
    expect(total).toBeGreaterThan(5);
    let stops = 0;
    let first = '';
    for (let presses = 0; presses < 120; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement?.matches('.self-link') ? document.activeElement.getAttribute('href') : null));
      if (focused) {
        stops++;
        first ||= focused;
      }
      if (await page.evaluate(() => document.activeElement?.closest('.site-footer, .contents') !== null)) break;
    }
    expect(stops).toBe(1);
    await page.locator(`#text .self-link[href="${first}"]`).focus();
    const focused = () => page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).not.toBe(first);
    await page.keyboard.press('End');
    const last = await page.locator('#text .self-link').last().getAttribute('href');
    await expect.poll(focused).toBe(last);
    await page.keyboard.press('Enter');
    await page.waitForURL(at(`benchmarks/${last}`));
    // The link used last is the page's one Tab stop now.
    await expect.poll(() => page.locator('#text .self-link[tabindex="0"]').getAttribute('href')).toBe(last);
    await close();
  });

  test('are shown to touch readers, who can tap them', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(at('automl/'));
    const link = page.locator('#p6 > .self-link');
    await expect.poll(() => link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    const area = await link.evaluate((element) => {
      const after = getComputedStyle(element, '::after');
      return { content: after.content, padding: parseFloat(after.paddingLeft) };
    });
    expect(area).toMatchObject({ content: '"¶"' });
    expect(area.padding).toBeGreaterThan(4);
    // The link itself is zero-width (its ¶ overhangs the line's end): tap the ¶.
    const box = await link.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      return element.getBoundingClientRect().toJSON();
    });
    await page.touchscreen.tap(box.left + 8, box.top + box.height / 2);
    await page.waitForURL(at('automl/#p6'));
    await close();
  });
});

describe('on paper', () => {
  const printed = async (page: Page, path: string) => {
    await page.goto(at(path));
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => matchMedia('print').matches);
  };

  test('a section carries every note, numbered as its mark, with its permalink, and the source', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1440, height: 900 } });
    await printed(page, 'automl/');
    const cards = await page.locator('.claim-card').evaluateAll((elements) => elements.map((card) => ({
      visible: card.checkVisibility(),
      number: card.querySelector('.card-number')!.textContent,
      note: (card.querySelector('.claim-note') as HTMLElement).innerText,
      noteVisible: card.querySelector('.claim-note')!.checkVisibility(),
      link: getComputedStyle(card.querySelector('.card-permalink')!, '::after').content,
      href: card.querySelector('.card-permalink')!.getAttribute('href'),
      inFlow: getComputedStyle(card).position,
    })));
    expect(cards).toHaveLength(automl.length);
    for (const [index, card] of cards.entries()) {
      expect(card).toMatchObject({ visible: true, noteVisible: true, number: String(index + 1), inFlow: 'static' });
      expect(card.note.length).toBeGreaterThan(20);
      expect(card.href).toBe(`/claims/${automl[index]!.id}/`);
      expect(card.link).toBe(`"：${card.href}"`);
    }
    // Every mark is drawn and counted, so mark n and note n are the same claim.
    const marks = await page.locator('#text .claim-marker').evaluateAll((markers) => markers.map((marker) => ({
      shown: marker.checkVisibility(),
      counts: getComputedStyle(marker).counterIncrement,
      label: getComputedStyle(marker, '::before').content,
    })));
    expect(marks).toHaveLength(automl.length);
    for (const [index, mark] of marks.entries()) {
      expect(mark).toEqual({ shown: true, counts: 'note 1', label: `"〔${claimTypes[automl[index]!.type].zh} " counter(note) "〕"` });
    }
    await expect.poll(() => page.locator('.site-footer').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.site-footer').innerText()).toContain('原文');
    for (const hidden of ['.note-settings', '.self-link', '.card-close', '.pager', '.site-search']) {
      await expect.poll(() => page.locator(hidden).first().isVisible(), { message: hidden }).toBe(false);
    }
    await close();
  });

  test('a section printed with its absolute permalinks when the site\'s origin is known', async () => {
    const base = inject('sites').base;
    const { page, close } = await openPage(browser());
    await page.goto(new URL('automl/', base.url).href);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => matchMedia('print').matches);
    await expect.poll(() => page.locator('.card-permalink').first().getAttribute('data-url')).toBe(`https://essay.example/seven-truths/claims/${automl[0]!.id}/`);
    await expect.poll(() => page.locator('.card-permalink').first().evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`"：https://essay.example/seven-truths/claims/${automl[0]!.id}/"`);
    await close();
  });

  test('a claim page prints its quote with the list numbered as in the essay', async () => {
    const { page, close } = await openPage(browser());
    await printed(page, 'claims/automl-pipeline-steps/');
    const items = await page.locator('.claim-quote ol > li').evaluateAll((elements) => elements.map((item) => ({
      value: (item as HTMLLIElement).value,
      marker: getComputedStyle(item).listStyleType,
      visible: item.checkVisibility(),
    })));
    expect(items.map((item) => item.value)).toEqual([1, 2, 3, 4, 5]);
    for (const item of items) expect(item).toMatchObject({ marker: 'decimal', visible: true });
    await expect.poll(() => page.locator('.site-footer').isVisible()).toBe(true);
    // Sources and the citation's download print where they lead; no heading is left at a page foot;
    // the relations map, which repeats the list and would be kept whole, stays off paper.
    await printed(page, 'claims/hardware-drives-progress/');
    const links = await page.locator('main a:is([href^="http"], [download])').evaluateAll((elements) => elements.map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content })));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.after).toBe(`"（${link.href}）"`);
    const headings = await page.locator('main :is(h2, h3)').evaluateAll((elements) => elements.filter((heading) => heading.checkVisibility()).map((heading) => getComputedStyle(heading).breakAfter));
    expect(headings.length).toBeGreaterThan(2);
    for (const breakAfter of headings) expect(breakAfter).toBe('avoid');
    await expect.poll(() => page.locator('.claim-map').isVisible()).toBe(false);
    await close();
  });
});

describe('Chinese line breaking', () => {
  /** Each title's text and the offsets where its lines break, measured from glyph positions. */
  const lineBreaks = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.filter((element) => element.checkVisibility()).map((element) => {
        const text = element.textContent ?? '';
        const breaks: number[] = [];
        let line = '';
        const lines: string[] = [];
        const range = document.createRange();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let offset = 0;
        let lastTop: number | undefined;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let index = 0; index < node.data.length; index++, offset++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = [...range.getClientRects()].find((candidate) => candidate.width > 0);
            const character = node.data.charAt(index);
            if (rect && lastTop !== undefined && rect.top > lastTop + rect.height / 2) {
              breaks.push(offset);
              lines.push(line);
              line = '';
            }
            if (rect) lastTop = rect.top;
            line += character;
          }
        }
        lines.push(line);
        return { text, breaks, lines };
      }),
    );

  const pages = ['', 'automl/', 'state-of-the-art/', 'claims/', 'claims/why-automl-not-winning-kaggle/', 'topics/automl/'];
  const titles = '.words';

  for (const width of [320, 390, 1200, 1440]) {
    test(`titles, the contents and card titles break only between words, never leaving one character alone, at ${width} px`, async () => {
      const { page, close } = await openPage(browser(), { viewport: { width, height: 900 } });
      let measured = 0;
      let broken = 0;
      const check = async (where: string) => {
        for (const { text, breaks, lines } of await lineBreaks(page, titles)) {
          measured++;
          broken += breaks.length;
          const boundaries = wordBoundaries(text);
          for (const at of breaks) {
            const fine = boundaries.has(at) || /\s/.test(text[at - 1] ?? '');
            expect(fine, `${where}: "${text}" breaks inside a word at ${at}: ${lines.join(' | ')}`).toBe(true);
          }
          if (text.trim().length > 1) {
            for (const line of lines) expect(line.trim().length, `${where}: "${text}" leaves "${line}" alone: ${lines.join(' | ')}`).not.toBe(1);
          }
        }
      };
      for (const path of pages) {
        await page.goto(at(path));
        await check(path || 'home');
      }
      // A card's title, in the open card.
      await page.goto(at('automl/'));
      await page.locator(`[id="${automl[1]!.id}"] > .claim-marker`).click();
      await expect.poll(() => page.getByRole('note', { name: automl[1]!.title }).evaluate((card) => card.matches(':popover-open'))).toBe(true);
      await check('an open card');
      expect(measured).toBeGreaterThan(40);
      if (width === 320) expect(broken, 'titles that break at all').toBeGreaterThan(20);
      // Topic tags, dates and the editor's mark （编者） stay whole.
      for (const [path, selector] of [['claims/', '.topic-tag'], ['claims/hardware-drives-progress/', 'time, .by-editor-label'], ['about/', 'time']] as const) {
        await page.goto(at(path));
        const wholes = page.locator(selector);
        expect(await wholes.count(), `${selector} on /${path}`).toBeGreaterThan(0);
        const split = await wholes.evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 1).map((element) => element.textContent));
        expect(split, `${selector} on /${path}`).toEqual([]);
      }
      await close();
    });
  }
});
