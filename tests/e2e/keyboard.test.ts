/**
 * A reader with a keyboard and nothing else, at a phone's width and a wide screen's: Tab from the
 * top of a section to its end, selecting words from a ¶ link (no caret browsing) and making a note
 * of them, with focus shown at every step.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser.ts';

const site = inject('sites').root;
const at = (path: string) => new URL(path, site.url).href;
const browser = sharedBrowser();

/** Where focus is and whether a reader can see it: a 2 px outline or more, on screen. */
const focus = (page: Page) => page.evaluate(() => {
  const element = document.activeElement!;
  const selfLink = element.matches('.self-link');
  // A ¶ link draws its outline around its ¶ (a pseudo-element).
  const style = getComputedStyle(element, selfLink ? '::after' : null);
  const box = element.getBoundingClientRect();
  return {
    body: element === document.body,
    label: element.getAttribute('aria-label') ?? element.textContent!.trim().slice(0, 20),
    selfLink,
    passageControl: Boolean(element.closest('.passage-link')),
    noteEditor: element.matches('.reader-note-panel textarea'),
    outlined: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    last: [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, textarea, [tabindex="0"]')].filter((each) => each.tabIndex >= 0 && each.checkVisibility()).at(-1) === element,
  };
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width} px: Tab from the header to the end of a section, selecting words and making a note, focus always seen`, async () => {
    const { page, errors, close } = await openPage(browser(), { viewport });
    await page.goto(at('automl/'));
    const seen: string[] = [];
    /** One key, then focus has moved (it may move a frame later) and is seen. */
    const press = async (key: string) => {
      const before = await page.evaluateHandle(() => document.activeElement);
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate((before) => document.activeElement !== before, before), { message: `${key} after ${seen.at(-1)}` }).toBe(true);
      const now = await focus(page);
      seen.push(now.label);
      expect(now.body, `${key} after ${seen.at(-2)}: focus on nothing`).toBe(false);
      expect(now.outlined, `${now.label}: no outline`).toBe(true);
      // Scrolled into view, smoothly where the reader allows motion.
      await expect.poll(() => focus(page).then((later) => later.onScreen), { message: `${now.label}: off screen` }).toBe(true);
      return now;
    };

    // From the top: skip link, header, the notes' settings, into the text, to the first ¶ link.
    let now = await press('Tab');
    for (let presses = 0; presses < 60 && !now.selfLink; presses++) now = await press('Tab');
    expect(now.selfLink).toBe(true);
    // ↓ to the next paragraph's link; → selects its first word, Shift+→ two more.
    now = await press('ArrowDown');
    expect(now.label).toBe('链接到第 2 段');
    // The keys are said beside it, and to a screen reader as its description.
    const hint = page.locator('#self-link-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await expect.poll(() => hint.textContent()).toContain('←→ 选词');
    await expect.poll(() => page.locator('#p2 .self-link').getAttribute('aria-describedby')).toBe('self-link-hint');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('相关');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('相关的学术');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('相关的');
    await page.locator('.passage-link').waitFor({ state: 'visible' });
    // The control passes axe in both themes (its buttons were the browser's grey in dark, 4.26:1).
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
    // The selection's control is next: 复制论断链接 (the words are in a claim), 复制链接, 划线, 批注.
    now = await press('Tab');
    expect(now.passageControl, now.label).toBe(true);
    expect(now.label).toBe('复制论断链接');
    for (const label of ['复制链接', '划线', '批注']) {
      now = await press('Tab');
      expect(now.label).toBe(label);
    }
    // The editor loads on first use, then takes focus.
    await page.keyboard.press('Enter');
    await expect.poll(() => focus(page).then((later) => later.noteEditor && later.outlined && later.onScreen)).toBe(true);
    await page.keyboard.type('键盘写下的批注');
    // Esc closes the editor, saved, and gives focus back beside the words.
    await press('Escape');
    // On to the end of the page, never losing focus.
    for (let presses = 0; presses < 80 && !now.last; presses++) now = await press('Tab');
    expect(now.last, `the walk ended at ${now.label}`).toBe(true);
    expect(errors).toEqual([]);
    // The note was kept.
    await page.goto(at('notes/'));
    await expect.poll(() => page.locator('main').textContent()).toContain('键盘写下的批注');
    await expect.poll(() => page.locator('main').textContent()).toContain('相关的');
    await close();
  });
}
