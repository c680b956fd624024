/**
 * A reader's own notes, in Chromium against the built site: highlight and note while reading, kept
 * across reloads and tabs, deleted and restored, beside the text on wide screens, listed at /notes/,
 * exported and imported into a fresh profile, imported from Hypothesis, kept when their words are
 * gone, shared by link, and untouched by hostile files; nothing of it is fetched before first use.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openPage, sharedBrowser } from './browser.ts';
import { addNote, drawn, freshPage, importFile, listed, select, stored as storedNotes } from './reader-notes-helpers.ts';

const site = inject('sites').root;
const at = (path: string) => new URL(path, site.url).href;
const section = 'automl';

const browser = sharedBrowser();

const freshContext = (width = 1280) => freshPage(browser(), width);
const stored = (page: Page) => storedNotes(page, site.base);

/** A fresh profile whose reader has written one note on the section, then opened /notes/. */
async function notesPageWithOne(note: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const fresh = await freshContext();
  await fresh.page.goto(at(`${section}/`));
  await addNote(fresh.page, 'p4', 0, 8, note);
  await fresh.page.goto(at('notes/'));
  await fresh.page.locator('#notes-list li').waitFor();
  return fresh;
}

describe('before first use', () => {
  test('a section page fetches nothing of the notes and opens no database until the reader asks for 划线', async () => {
    const { context, page, errors } = await freshContext();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(at(`${section}/`));
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => /reader-notes|idb/.test(url))).toEqual([]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    await expect.poll(() => page.locator('.notes-link').isHidden()).toBe(true);
    await expect.poll(() => page.locator('.note-mine').count()).toBe(0);

    // Selecting words loads the passage links only.
    await select(page, 'p4', 0, 8);
    await page.locator('.passage-link button[data-note="highlight"]').waitFor();
    expect(fetched.filter((url) => /reader-notes/.test(url))).toEqual([]);

    await page.locator('.passage-link button[data-note="highlight"]').click();
    await page.locator('.reader-notes li[data-note]').waitFor();
    await expect.poll(() => fetched.filter((url) => /reader-notes/.test(url)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('while reading', () => {
  test('select → 划线 draws the highlight at once and it is still drawn after a reload; the header and 批注显示 then offer the notes', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(at(`${section}/`));
    const words = await addNote(page, 'p4', 2, 14);
    await expect.poll(() => drawn(page)).toEqual([words]);
    await page.reload();
    await page.locator('.reader-notes li[data-note]').waitFor();
    await expect.poll(() => drawn(page)).toEqual([words]);
    await expect.poll(() => listed(page)).toEqual([expect.stringContaining(words)]);
    await expect.poll(() => page.locator('.notes-link').isVisible()).toBe(true);
    await page.locator('.note-settings summary').click();
    await expect.poll(() => page.locator('.note-mine').isVisible()).toBe(true);
    // The essay's DOM is untouched: no element was added inside the text for the highlight.
    expect(await page.locator('#text mark, #text [data-note]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a note typed is kept across a reload and shown live in a second tab', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(at(`${section}/`));
    const second = await context.newPage();
    await second.goto(at(`${section}/`));
    await addNote(page, 'p3', 0, 10, '第一遍读到这里');
    // The other tab hears of it without a reload.
    await second.locator('.reader-notes li[data-note]').filter({ hasText: '第一遍读到这里' }).waitFor();
    // Typing more, then leaving at once: the last words are saved as the page hides.
    await page.locator('.reader-notes [data-act="edit"]').click();
    await page.locator('#reader-note-text').press('End');
    await page.keyboard.type('，再读一遍');
    await page.reload();
    await page.locator('.reader-notes li[data-note]').filter({ hasText: '第一遍读到这里，再读一遍' }).waitFor();
    await second.locator('.reader-notes li[data-note]').filter({ hasText: '再读一遍' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard only: select with Shift and the arrows, Tab past 复制链接 and 划线 to 批注, type, Escape; focus returns to the note', async () => {
    const { context, page } = await freshContext();
    await page.goto(at(`${section}/`));
    await select(page, 'p2', 0, 1);
    for (let index = 0; index < 5; index += 1) await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.passage-link:not([hidden])').waitFor();
    // The first Tab reaches the control (its links first), the next ones 划线 and 批注.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    const passed: (string | undefined)[] = [];
    for (let index = 0; index < 5 && passed.at(-1) !== '批注'; index += 1) {
      await page.keyboard.press('Tab');
      passed.push(await focused());
    }
    expect(passed.slice(-3)).toEqual(['复制链接', '划线', '批注']);
    await page.keyboard.press('Enter');
    await page.locator('#reader-note-text:focus').waitFor();
    await page.keyboard.type('用键盘写的');
    await page.locator('.reader-note-saved').filter({ hasText: '已保存' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-note]')?.textContent)).toContain('用键盘写的');
    await context.close();
  });

  test('delete takes the highlight away and 撤销 brings it back', async () => {
    const { context, page } = await freshContext();
    await page.goto(at(`${section}/`));
    const words = await addNote(page, 'p4', 0, 6);
    await page.locator('.reader-notes [data-act="delete"]').click();
    await page.locator('.reader-notes [data-act="undo"]:focus').waitFor();
    await expect.poll(() => drawn(page)).toEqual([]);
    await expect.poll(() => stored(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('.reader-notes li[data-note]').waitFor();
    await expect.poll(() => drawn(page)).toEqual([words]);
    await expect.poll(() => stored(page)).toHaveLength(1);
    await context.close();
  });

  test('wide screens: the note stands in the margin beside its words, clear of every editor note; narrow ones open it from the highlight', async () => {
    const { context, page, errors } = await freshContext(1440);
    await page.goto(at(`${section}/`));
    const first = await addNote(page, 'p4', 0, 10, '页边的批注');
    await addNote(page, 'p5', 0, 10, '第二条');
    await page.mouse.move(0, 0);
    const boxes = () => page.evaluate(() => {
      const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
      return {
        text: box(document.getElementById('text')!),
        mine: [...document.querySelectorAll('.reader-notes li[data-note]')].map(box),
        // An editor's note in its compact place, down to its title (pointing opens it over what follows).
        editor: [...document.querySelectorAll('.claim-card')].filter((card) => card.checkVisibility()).map((card) => ({ ...box(card), bottom: box(card.querySelector('.card-title')!).bottom })),
      };
    });
    await expect.poll(async () => (await boxes()).mine).toHaveLength(2);
    // Placed once the notes' stylesheet has come and the margin is laid out: poll what is wrong, in one read, until nothing is.
    await expect.poll(async () => {
      const { text, mine, editor } = await boxes();
      const wrong: string[] = [];
      for (const each of mine) {
        if (!(each.left > text.right)) wrong.push(`in the text: ${JSON.stringify(each)}`);
        for (const other of editor) if (!(each.bottom <= other.top || each.top >= other.bottom)) wrong.push(JSON.stringify({ mine: each, editor: other }));
      }
      if (!(mine[1]!.top >= mine[0]!.bottom)) wrong.push('the second note is not below the first');
      return wrong;
    }).toEqual([]);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 390, height: 800 });
    await page.waitForFunction(() => !document.querySelector('.reader-notes.in-margin'));
    const point = await page.evaluate((words) => {
      const range = [...(CSS.highlights.get('reader-notes') as Set<AbstractRange>)].find((each) => (each as Range).toString() === words) as Range;
      // Instant, whatever the page's scroll-behavior: the box is read right after.
      range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + 4, y: box.top + box.height / 2 };
    }, first);
    await page.mouse.click(point.x, point.y);
    await page.locator('.reader-note-panel:not([hidden])').waitFor();
    await expect.poll(() => page.locator('#reader-note-text').inputValue()).toBe('页边的批注');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('unticking 我的批注 in 批注显示 hides the highlights and the list, and the choice is kept', async () => {
    const { context, page } = await freshContext();
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 6);
    await page.locator('.note-settings summary').click();
    await page.locator('#show-mine').uncheck();
    await expect.poll(() => drawn(page)).toEqual([]);
    await expect.poll(() => page.locator('.reader-notes').isHidden()).toBe(true);
    await page.reload();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.note-mine')?.hidden === false);
    await expect.poll(() => page.locator('#show-mine').isChecked()).toBe(false);
    await expect.poll(() => page.locator('.reader-notes').isHidden()).toBe(true);
    await expect.poll(() => drawn(page)).toEqual([]);
    await page.locator('.note-settings summary').click();
    await page.locator('#show-mine').check();
    await page.waitForFunction(() => (CSS.highlights.get('reader-notes') as Set<unknown> | undefined)?.size === 1);
    await context.close();
  });

  test('on paper the reader\'s notes follow the editor\'s endnotes, without their buttons', async () => {
    const { context, page } = await freshContext();
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 6, '打印出来');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.evaluate(() => {
      const cards = document.querySelector('.claim-cards')!;
      const mine = document.querySelector('.reader-notes')!;
      return {
        after: Boolean(cards.compareDocumentPosition(mine) & Node.DOCUMENT_POSITION_FOLLOWING),
        below: mine.getBoundingClientRect().top >= cards.getBoundingClientRect().bottom,
        buttons: [...mine.querySelectorAll('button')].some((button) => button.checkVisibility()),
      };
    })).toEqual({ after: true, below: true, buttons: false });
    await context.close();
  });
});

describe('/notes/', () => {
  test('lists, filters, edits; export then import into a fresh profile gives the same set; Markdown carries quote, note and link', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 8, '带走的批注 <b>不是粗体</b>');
    await addNote(page, 'p2', 0, 6);
    await page.goto(at('notes/'));
    await page.locator('#notes-list li').nth(1).waitFor();
    expect(await page.locator('#notes-list b').count()).toBe(0);
    await page.locator('#notes-filter').fill('粗体');
    await expect.poll(() => page.locator('#notes-list li').count()).toBe(1);
    await page.locator('#notes-filter').fill('');
    await expect.poll(() => page.locator('#notes-list li a').first().getAttribute('href')).toMatch(new RegExp(`^${at(`${section}/`)}#p\\d[-\\d]*:~:text=`));

    const [jsonld] = await Promise.all([page.waitForEvent('download'), page.locator('#notes-export-jsonld').click()]);
    const exported = readFileSync((await jsonld.path())!, 'utf8');
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.locator('#notes-export-markdown').click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain('带走的批注');
    expect(md).toMatch(new RegExp(`${section}/#p\\d[-\\d]*:~:text=`));
    const before = await stored(page);

    const fresh = await freshContext();
    await fresh.page.goto(at('notes/'));
    const report = await importFile(fresh.page, 'my-notes.jsonld', exported);
    expect(report).toContain('新增 2 条');
    await expect.poll(() => stored(fresh.page)).toEqual(before);
    // Importing the same file again duplicates nothing.
    expect(await importFile(fresh.page, 'my-notes.jsonld', exported)).toContain('新增 0 条');
    await expect.poll(() => stored(fresh.page)).toEqual(before);
    await fresh.page.goto(at(`${section}/`));
    await fresh.page.locator('.reader-notes li[data-note]').nth(1).waitFor();
    await expect.poll(async () => (await drawn(fresh.page)).length).toBe(2);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  test('a Hypothesis export imports, and a note whose words are gone is kept as 原文已改动', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(at('notes/'));
    const sectionText = ((await (await page.request.get(at('notes/texts.json'))).json())[section] as { text: string }).text;
    const exact = sectionText.slice(40, 52);
    const hypothesis = {
      total: 2,
      annotations: [
        {
          id: 'hyp-1',
          created: '2026-11-01T10:00:00.000Z',
          updated: '2026-11-02T10:00:00.000Z',
          uri: `https://elsewhere.example${site.base}${section}/`,
          text: '在 Hypothesis 里写的',
          target: [{ source: `https://elsewhere.example${site.base}${section}/`, selector: [{ type: 'TextQuoteSelector', exact, prefix: sectionText.slice(8, 40), suffix: sectionText.slice(52, 84) }] }],
        },
        {
          id: 'hyp-2',
          created: '2026-11-01T10:00:00.000Z',
          updated: '2026-11-01T10:00:00.000Z',
          uri: `https://elsewhere.example${site.base}${section}/`,
          text: '这段话后来被删了',
          target: [{ source: `https://elsewhere.example${site.base}${section}/`, selector: [{ type: 'TextQuoteSelector', exact: '这句话从来不在这篇文章里', prefix: '', suffix: '' }] }],
        },
      ],
    };
    const report = await importFile(page, 'hypothesis.json', JSON.stringify(hypothesis));
    expect(report).toContain('新增 2 条');
    expect(report).toContain('1 条的原文已改动');
    await page.locator('#notes-list .notes-gone').waitFor();
    await expect.poll(() => page.locator('#notes-list li').filter({ hasText: '这段话后来被删了' }).innerText()).toContain('原文已改动');
    await page.goto(at(`${section}/`));
    await page.locator('.reader-notes li[data-note]').nth(1).waitFor();
    await expect.poll(() => drawn(page)).toEqual([exact]);
    await expect.poll(() => page.locator('.reader-notes li').filter({ hasText: '这段话后来被删了' }).textContent()).toContain('原文已改动');
    await expect.poll(() => stored(page)).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('hostile files change nothing and run nothing', async () => {
    const { context, page, errors } = await notesPageWithOne('原有的批注');
    const before = await stored(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const script = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:x', type: 'Annotation', body: { type: 'TextualBody', value: 7 }, target: { source: 'javascript:alert(1)', selector: [] } },
          { id: 'urn:y', type: 'Annotation', body: { type: 'TextualBody', value: '<img src=x onerror="window.pwned=1">' }, target: { source: 'javascript:window.pwned=1//automl/', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] } },
        ],
      },
    };
    const cases: [string, string | Buffer, RegExp][] = [
      ['malformed.json', '{"annotations": [', /不是有效的 JSON|JSON/],
      ['scripts.jsonld', JSON.stringify(script), /拒绝 2 条/],
      ['huge.json', Buffer.alloc(20 * 1024 * 1024, 32), /5 MB|太大/],
      ['many.json', JSON.stringify({ annotations: Array.from({ length: 100_000 }, (_, index) => ({ id: String(index) })) }), /100000|100,000|5000|5,000|太多/],
      ['other.json', JSON.stringify({ hello: 'world' }), /\S/],
    ];
    for (const [name, body, message] of cases) {
      const report = await importFile(page, name, body);
      expect(report, name).toMatch(message);
      await expect.poll(() => stored(page), { message: name }).toEqual(before);
    }
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a share link shows the notes read-only to another reader, who can save them; a spoilt link says so and changes nothing', async () => {
    const { context, page, errors } = await notesPageWithOne('分享给朋友');
    await page.locator('#notes-share').click();
    await page.locator('.notes-share-url:not([hidden])').waitFor();
    const link = await page.locator('#notes-share-url').inputValue();
    expect(link).toMatch(new RegExp(`${site.base}notes/#notes=[A-Za-z0-9_-]+$`));

    const friend = await freshContext();
    await friend.page.goto(link);
    const shared = friend.page.locator('#notes-shared');
    await shared.locator('li').filter({ hasText: '分享给朋友' }).waitFor();
    await expect.poll(() => shared.locator('button').allInnerTexts()).toEqual(['保存到我的批注']);
    await expect.poll(() => stored(friend.page).catch(() => [])).toEqual([]);
    await expectNoAxeViolations(friend.page);
    await shared.locator('button').click();
    await shared.locator('.notes-shared-report').filter({ hasText: '新增 1 条' }).waitFor();
    await expect.poll(async () => (await stored(friend.page)).map((note) => note.note)).toEqual(['分享给朋友']);

    await friend.page.goto(at('notes/#notes=AAAA-not-a-share'));
    await friend.page.reload();
    await shared.filter({ hasText: '打不开' }).waitFor();
    await expect.poll(() => stored(friend.page)).toHaveLength(1);
    expect([...errors, ...friend.errors]).toEqual([]);
    await friend.context.close();
    await context.close();
  });

  test('axe finds nothing on /notes/ with notes, and without JavaScript the page says why it is empty', async () => {
    const { context, page } = await notesPageWithOne('一条');
    await expectNoAxeViolations(page);
    await context.close();
    const bare = await openPage(browser(), { javaScriptEnabled: false });
    await bare.page.goto(at('notes/'));
    expect(await bare.page.locator('#notes-needs-js').isVisible()).toBe(true);
    await bare.close();
  });
});
