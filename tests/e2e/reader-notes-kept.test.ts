/**
 * A reader's notes never lose a word, in Chromium against the built site: each way words were once
 * lost (an edit on /notes/ that never reached the store's other copies, two tabs editing one note,
 * a move to another note before the save) and each fault found with notes is reproduced here as a
 * reader would meet it. (The model-based test, ./reader-notes-model.test.ts, tries random sequences.)
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordTexts, sharedBrowser } from './browser.ts';
import { addNote, downloaded, drawn, fragmentFinds, freshPage, importFile, listed, putStored, sectionText, select, stored } from './reader-notes-helpers.ts';

const site = inject('sites').root;
const at = (path: string) => new URL(path, site.url).href;
const section = 'automl';

const browser = sharedBrowser();

/** A W3C collection of notes on this site's sections, as our export writes it. */
function collection(items: { id: string; section?: string; exact: string; prefix?: string; suffix?: string; start?: number; note?: string; tags?: string[]; source?: string; created?: string; modified?: string }[]) {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: items.map((item) => ({
        id: `urn:uuid:${item.id}`,
        type: 'Annotation',
        created: item.created ?? '2026-12-01T00:00:00.000Z',
        modified: item.modified ?? '2026-12-01T00:00:00.000Z',
        body: [...(item.note ? [{ type: 'TextualBody', purpose: 'commenting', value: item.note }] : []), ...(item.tags ?? []).map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }))],
        target: {
          source: item.source ?? at(`${item.section ?? section}/`),
          selector: [
            { type: 'TextQuoteSelector', exact: item.exact, prefix: item.prefix ?? '', suffix: item.suffix ?? '' },
            ...(item.start === undefined ? [] : [{ type: 'TextPositionSelector', start: item.start, end: item.start + item.exact.length }]),
          ],
        },
      })),
    },
  });
}

/** A fresh profile on /notes/, knowing the section's text and paragraphs (to write notes on its words). */
async function onNotesPage() {
  const fresh = await freshPage(browser());
  const { text, blocks } = await sectionText(fresh.page, at(`${section}/`));
  await fresh.page.goto(at('notes/'));
  return { ...fresh, text, blocks };
}

/** The notes' words as stored, by the words they are on. */
const storedTexts = async (page: Page) => Object.fromEntries((await stored(page, site.base)).map((note) => [note.exact, note.note]));

/** Types at the end of the open panel's text. */
async function typeInPanel(page: Page, words: string): Promise<void> {
  await page.locator('.reader-note-panel:not([hidden]) #reader-note-text').focus();
  await page.keyboard.press('End');
  await page.keyboard.insertText(words);
}

const savedInPanel = (page: Page) => page.locator('.reader-note-panel:not([hidden]) .reader-note-saved').filter({ hasText: '已保存' }).waitFor();

describe('an edit on /notes/ reaches every copy', () => {
  test('export, Markdown, filter, share, delete and undo, reload all hold the edited words; 编辑 twice is one box; 完成 and Esc close it', async () => {
    const { context, page, errors } = await freshPage(browser());
    await page.goto(at(`${section}/`));
    const words = await addNote(page, 'p4', 0, 8, '旧的');
    await page.goto(at('notes/'));
    const item = page.locator('#notes-list li[data-note]');
    await item.waitFor();
    await item.locator('[data-act="edit"]').click();
    await item.locator('[data-act="edit"]').click();
    await expect.poll(() => page.locator('textarea:visible').count()).toBe(1);
    await typeInPanel(page, '，新的');
    await savedInPanel(page);

    expect(await downloaded(page, '#notes-export-jsonld')).toContain('"value": "旧的，新的"');
    expect(await downloaded(page, '#notes-export-markdown')).toContain('旧的，新的');
    await page.locator('#notes-filter').fill('新的');
    await expect.poll(() => item.textContent()).toContain('旧的，新的');
    await page.locator('#notes-filter').fill('');

    // Esc closes the panel, and focus goes back to 编辑.
    await page.locator('#reader-note-text').press('Escape');
    await page.locator('.reader-note-panel').waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('编辑');
    // 完成 closes it too.
    await item.locator('[data-act="edit"]').click();
    await page.locator('.reader-note-panel button[data-act="close"]').click();
    await page.locator('.reader-note-panel').waitFor({ state: 'hidden' });

    await page.locator('#notes-share').click();
    await page.locator('.notes-share-url:not([hidden])').waitFor();
    const link = await page.locator('#notes-share-url').inputValue();
    const friend = await freshPage(browser());
    await friend.page.goto(link);
    await friend.page.locator('#notes-shared li').filter({ hasText: '旧的，新的' }).waitFor();
    await friend.context.close();

    await item.locator('[data-act="delete"]').click();
    await page.locator('#notes-list [data-act="undo"]').click();
    await expect.poll(() => item.textContent()).toContain('旧的，新的');
    await page.reload();
    await expect.poll(() => item.textContent()).toContain('旧的，新的');
    await expect.poll(() => storedTexts(page)).toEqual({ [words]: '旧的，新的' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs editing one note', () => {
  test('the second tab’s open panel takes the words written in the first before the reader types; both are kept', async () => {
    const { context, page: first, errors } = await freshPage(browser());
    await first.goto(at(`${section}/`));
    const words = await addNote(first, 'p4', 0, 8, '甲');
    const second = await context.newPage();
    await second.goto(at(`${section}/`));
    await second.locator('.reader-notes [data-act="edit"]').click();
    await expect.poll(() => second.locator('#reader-note-text').inputValue()).toBe('甲');

    await first.locator('.reader-notes [data-act="edit"]').click();
    await typeInPanel(first, '乙');
    await savedInPanel(first);
    await expect.poll(() => second.locator('#reader-note-text').inputValue()).toBe('甲乙');
    await typeInPanel(second, '丙');
    await savedInPanel(second);
    await first.reload();
    await first.locator('.reader-notes li').filter({ hasText: '甲乙丙' }).waitFor();
    await expect.poll(() => storedTexts(first)).toEqual({ [words]: '甲乙丙' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('words typed in both at once: both versions are kept, and the reader is told', async () => {
    const { context, page: first } = await freshPage(browser());
    await first.goto(at(`${section}/`));
    await addNote(first, 'p4', 0, 8, '原');
    const second = await context.newPage();
    await second.goto(at(`${section}/`));
    await first.locator('.reader-notes [data-act="edit"]').click();
    await second.locator('.reader-notes [data-act="edit"]').click();
    // Both before either save (saves wait for a pause in typing).
    await typeInPanel(first, '一');
    await typeInPanel(second, '二');
    await expect.poll(async () => (await stored(first, site.base)).map((note) => note.note).sort()).toEqual(['原一', '原二']);
    const told = async () => `${await first.locator('.reader-note-saved').textContent()} ${await second.locator('.reader-note-saved').textContent()}`;
    await expect.poll(told).toContain('另存为一条新批注');
    await context.close();
  });
});

describe('moving to another note at once', () => {
  test('by clicking its words: each note keeps what was typed in it', async () => {
    const { context, page } = await freshPage(browser(), 390);
    await page.goto(at(`${section}/`));
    const one = await addNote(page, 'p4', 0, 6);
    const two = await addNote(page, 'p2', 0, 6);
    const click = async (words: string) => {
      const point = await page.evaluate((words) => {
        const range = [...(CSS.highlights.get('reader-notes') as Set<AbstractRange>)].find((each) => (each as Range).toString() === words) as Range;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + 4, y: box.top + box.height / 2 };
      }, words);
      await page.mouse.click(point.x, point.y);
      await page.locator('.reader-note-panel:not([hidden]) blockquote').filter({ hasText: words }).waitFor();
    };
    await click(one);
    await typeInPanel(page, '一号的字');
    await click(two);
    await typeInPanel(page, '二号的字');
    await page.reload();
    await expect.poll(() => storedTexts(page)).toEqual({ [one]: '一号的字', [two]: '二号的字' });
    await context.close();
  });

  test('by 编辑 on /notes/: each note keeps what was typed in it', async () => {
    const { context, page } = await freshPage(browser());
    await page.goto(at(`${section}/`));
    const one = await addNote(page, 'p4', 0, 6);
    const two = await addNote(page, 'p2', 0, 6);
    await page.goto(at('notes/'));
    const edit = (words: string) => page.locator('#notes-list li').filter({ hasText: words }).locator('[data-act="edit"]').click();
    await edit(one);
    await typeInPanel(page, '一号');
    await edit(two);
    await typeInPanel(page, '二号');
    await page.reload();
    await expect.poll(() => storedTexts(page)).toEqual({ [one]: '一号', [two]: '二号' });
    await context.close();
  });
});

describe('the passage control stays out of the essay’s text', () => {
  test('words at a paragraph’s end: the text is unchanged while the control shows, 划线 stores the text’s own context, 复制链接 finds the words', async () => {
    const { context, page, errors } = await freshPage(browser(), 1280, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { text, blocks } = await sectionText(page, at(`${section}/`));
    const p1 = blocks.find(([id]) => id === 'p1')!;
    // The last words of the first paragraph, inside its claim: 复制论断链接 is offered too.
    const words = await select(page, 'p1', p1[2] - p1[1] - 8, p1[2] - p1[1]);
    await page.locator('.passage-link:not([hidden])').waitFor();
    await expect.poll(() => page.locator('.passage-link button').allTextContents()).toEqual(['复制论断链接', '复制链接', '划线', '批注']);
    expect(await page.evaluate(() => document.getElementById('text')!.textContent)).toBe(text);

    const shown = await recordTexts(page, '.passage-link button[data-link="passage"]');
    await page.locator('.passage-link button[data-link="passage"]').click();
    await expect.poll(shown).toContain('已复制');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(decodeURIComponent(link)).not.toContain('复制');
    const opened = await openPage(browser());
    await opened.page.goto(link);
    expect((await fragmentFinds(opened.page, link))[0]?.[0]).toContain(words);
    await opened.close();

    await select(page, 'p1', p1[2] - p1[1] - 8, p1[2] - p1[1]);
    await page.locator('.passage-link button[data-note="highlight"]').click();
    await page.locator('.reader-notes li').waitFor({ state: 'attached' });
    await expect.poll(async () => (await stored(page, site.base))[0]).toMatchObject({ exact: words, suffix: text.slice(p1[2], p1[2] + 32) });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a note stored with the control’s labels in its context is mended when its section opens', async () => {
    const { context, page } = await freshPage(browser());
    const { text, blocks } = await sectionText(page, at(`${section}/`));
    const p1 = blocks.find(([id]) => id === 'p1')!;
    const exact = text.slice(p1[2] - 8, p1[2]);
    const at8 = p1[2] - 8;
    await putStored(page, site.base, [
      { id: 'old-note', section, exact, prefix: text.slice(at8 - 32, at8), suffix: `复制论断链接复制链接划线批注${text.slice(p1[2], p1[2] + 18)}`, start: at8, end: p1[2], note: '旧版本存下的', created: '2026-12-01T00:00:00.000Z', modified: '2026-12-01T00:00:00.000Z' },
    ]);
    await page.reload();
    await expect.poll(async () => (await stored(page, site.base))[0]?.suffix).toBe(text.slice(p1[2], p1[2] + 32));
    await expect.poll(() => drawn(page)).toEqual([exact]);
    await context.close();
  });
});

describe('a note’s links open its words', () => {
  test('/notes/ 在原文中打开 and the Markdown export: words spanning two blocks, or cutting a word, open at their paragraph and are found', async () => {
    const { context, page, errors, text, blocks } = await onNotesPage();
    const [, , p2End] = blocks.find(([id]) => id === 'p2')!;
    const [, item1Start] = blocks.find(([id]) => id === 'p3-1')!;
    const spanning = { id: 'spanning', exact: text.slice(p2End - 5, item1Start + 2), start: p2End - 5 };
    // 机器学习 cut in two: 器学.
    const cutAt = text.indexOf('机器学习', 20) + 1;
    const cutting = { id: 'cutting', exact: text.slice(cutAt, cutAt + 2), start: cutAt };
    for (const each of [spanning, cutting]) Object.assign(each, { prefix: text.slice(Math.max(0, each.start - 32), each.start), suffix: text.slice(each.start + each.exact.length, each.start + each.exact.length + 32) });
    await importFile(page, 'notes.jsonld', collection([spanning, cutting]));
    const markdown = await downloaded(page, '#notes-export-markdown');
    for (const [note, paragraph] of [[spanning, 'p2'], [cutting, 'p1']] as const) {
      const href = () => page.locator(`#notes-list li[data-note="${note.id}"] a`).getAttribute('href');
      await expect.poll(href).toMatch(new RegExp(`/${section}/#${paragraph}:~:text=`));
      const link = (await href())!;
      expect(markdown).toContain(link);
      const opened = await openPage(browser());
      await opened.page.goto(link);
      const found = (await fragmentFinds(opened.page, link))[0]?.[0] ?? '';
      // The words, whole (across the block boundary the browser() reads a line break).
      expect(found.replace(/\s+/g, ''), note.id).toContain(note.exact.replace(/\s+/g, ''));
      await opened.close();
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('with notes, pages do not move as they load', () => {
  test('layout shift ≤ 0.01 on a section page, /search/ and /map/, at 390 and 1440 px', async () => {
    for (const width of [390, 1440]) {
      const { context, page } = await freshPage(browser(), width);
      await page.goto(at(`${section}/`));
      await addNote(page, 'p4', 0, 8, '有批注的读者');
      for (const path of [`${section}/`, 'search/', 'map/']) {
        await page.goto(at(path));
        await page.waitForLoadState('networkidle');
        if (path === `${section}/`) await page.waitForFunction(() => performance.getEntriesByName('reader-notes restore').length > 0);
        // Two frames after everything has loaded and drawn.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shift = await page.evaluate(
          () =>
            new Promise<number>((done) => {
              let sum = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
                done(sum);
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => done(sum), 100);
            }),
        );
        expect(shift, `${path} at ${width} px`).toBeLessThanOrEqual(0.01);
        await expect.poll(() => page.locator('.notes-link').isVisible(), { message: `${path} at ${width} px` }).toBe(true);
      }
      await context.close();
    }
  });
});

describe('when the browser() blocks site storage', () => {
  /** A profile whose every read of localStorage and IndexedDB throws, as a browser() that blocks site data does. */
  const blocked = async (width = 1280) => {
    const fresh = await freshPage(browser(), width, { permissions: ['clipboard-read', 'clipboard-write'] });
    await fresh.context.addInitScript(() => {
      for (const name of ['localStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    return fresh;
  };

  test('the header search, 复制链接 and a citation’s 复制 work; 划线 says why it cannot keep notes', async () => {
    const { context, page, errors } = await blocked();
    await page.goto(at(`${section}/`));
    await page.locator('#site-search').fill('AutoML');
    await page.locator('#site-search-list [role="option"]').first().waitFor();

    await select(page, 'p4', 0, 8);
    const shown = await recordTexts(page, '.passage-link button[data-link="passage"]');
    await page.locator('.passage-link button[data-link="passage"]').click();
    await expect.poll(shown).toContain('已复制');
    await select(page, 'p4', 0, 8);
    await page.locator('.passage-link button[data-note="highlight"]').click();
    await page.locator('.passage-link-refused').filter({ hasText: '无法在这里划线或保留批注' }).waitFor();
    expect(await drawn(page)).toEqual([]);

    await page.goto(at('about/'));
    const said = await recordTexts(page, '#announce');
    await page.locator('.citations .copy-link').first().click();
    await expect.poll(said).toContain('已复制');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('/notes/ says notes cannot be kept in this browser(), and a shared reading can still be read', async () => {
    const { context, page } = await blocked();
    await page.goto(at('notes/'));
    await page.locator('.notes-unavailable').filter({ hasText: '无法在这里划线或保留批注' }).waitFor();
    await expect.poll(() => page.locator('#notes-export-jsonld').isDisabled()).toBe(true);
    await context.close();
  });
});

describe('sharing, importing and storing many notes', () => {
  test('a share of notes too long for a link says so (and why), and nothing breaks', async () => {
    const { context, page, errors, text } = await onNotesPage();
    await importFile(page, 'long.jsonld', collection(Array.from({ length: 12 }, (_, index) => ({ id: `long-${index}`, exact: text.slice(index * 5, index * 5 + 4), start: index * 5, note: '长'.repeat(9_000) }))));
    await page.locator('#notes-share').click();
    await page.locator('#notes-share-report').filter({ hasText: /共 \d+ KB，分享链接最多容纳 256 KB/ }).waitFor();
    await expect.poll(() => page.locator('.notes-share-url').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the import, export and share controls wait, disabled, until the page listens to them', async () => {
    const { context, page } = await freshPage(browser());
    // Hold the page's script back: a file chosen now would otherwise be dropped unread.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/notes-page-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(at('notes/'), { waitUntil: 'domcontentloaded' });
    for (const id of ['notes-import', 'notes-export-jsonld', 'notes-export-markdown', 'notes-share']) expect(await page.locator(`#${id}`).isDisabled(), id).toBe(true);
    release();
    await expect.poll(() => page.locator('#notes-import').isEnabled()).toBe(true);
    await context.close();
  });

  test('an export from a deployment under a base path imports here', async () => {
    const { context, page, text } = await onNotesPage();
    const report = await importFile(page, 'from-pages.jsonld', collection([{ id: 'pages', exact: text.slice(10, 18), start: 10, note: '在子路径部署上写的', source: `https://x.github.io/seven-truths/${section}/` }]));
    expect(report).toContain('新增 1 条');
    expect(report).toContain('拒绝 0 条');
    await context.close();
  });

  test('a collection of millions of characters imports, the page’s quick check stays small, and a failing write is said', async () => {
    const { context, page, errors } = await freshPage(browser());
    await page.goto(at('notes/'));
    // 1,000 notes on words of 4,400 characters: 4.4 million characters in quotes.
    const body = collection(Array.from({ length: 1_000 }, (_, index) => ({ id: `big-${index}`, exact: `${String(index).padStart(4, '0')}${'x'.repeat(4_396)}` })));
    const report = await importFile(page, 'big.jsonld', body);
    expect(report).toContain('新增 1000 条');
    expect(await page.evaluate((name) => localStorage.getItem(name)?.length ?? 0, `reader-notes:${site.base}`)).toBeLessThan(60_000);

    // A write the browser() refuses (storage full) is said, not swallowed.
    await page.goto(at(`${section}/`));
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await select(page, 'p4', 0, 6);
    await page.locator('.passage-link button[data-note="highlight"]').click();
    await page.locator('.reader-notes-said').filter({ hasText: '批注时出错' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('imports refuse text-reordering characters, future dates and a repeated id, each said; bad JSON is said in Chinese; Hypothesis tags are kept, shown and exported', async () => {
    const { context, page, text } = await onNotesPage();
    const exact = text.slice(10, 18);
    const report = await importFile(
      page,
      'odd.jsonld',
      collection([
        { id: 'rtl', exact, start: 10, note: 'htdiw\u202Eorez exe.png' },
        { id: 'future', exact, start: 10, modified: '2099-01-01T00:00:00.000Z' },
        { id: 'twice', exact, start: 10, note: '第一条' },
        { id: 'twice', exact, start: 10, note: '第二条' },
      ]),
    );
    expect(report).toContain('新增 1 条');
    expect(report).toContain('第 1 条：note：含有改变文字方向的控制字符');
    expect(report).toContain('第 2 条：modified：日期在未来');
    expect(report).toContain('第 4 条：与第 3 条的 id 相同');
    expect(await importFile(page, 'broken.json', '{"annotations": [1,,2]}')).toMatch(/^没有导入 broken\.json 的任何批注：不是有效的 JSON[^A-Za-z]*$/);

    const hypothesis = { annotations: [{ id: 'tagged', uri: at(`${section}/`), text: '有标签', tags: ['硬件', '待读'], created: '2026-11-01T00:00:00.000Z', updated: '2026-11-01T00:00:00.000Z', target: [{ source: at(`${section}/`), selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }] }] };
    await importFile(page, 'hypothesis.json', JSON.stringify(hypothesis));
    await page.locator('#notes-list .notes-tags').filter({ hasText: '标签：硬件、待读' }).waitFor();
    expect(await downloaded(page, '#notes-export-jsonld')).toContain('"purpose": "tagging"');
    await context.close();
  });

  test('a spoilt share link opened after a good one shows its own heading; printed, /notes/ links carry their address', async () => {
    const { context, page } = await freshPage(browser());
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 8, '分享的');
    await page.goto(at('notes/'));
    await page.locator('#notes-share').click();
    await page.locator('.notes-share-url:not([hidden])').waitFor();
    const link = await page.locator('#notes-share-url').inputValue();
    await page.goto(link);
    await page.locator('#notes-shared h2').filter({ hasText: '1 条，只读' }).waitFor();
    await page.evaluate(() => (location.hash = '#notes=AAAA-spoilt'));
    await page.locator('#notes-shared').filter({ hasText: '打不开' }).waitFor();
    await expect.poll(() => page.locator('#notes-shared h2').textContent()).toBe('分享给你的批注');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#notes-list .notes-meta a').first().evaluate((link) => getComputedStyle(link, '::after').content)).toContain(at(`${section}/`));
    await context.close();
  });
});

describe('deleting, closing and showing', () => {
  test('two quick 删除 can both be undone, the latest first', async () => {
    const { context, page } = await freshPage(browser());
    await page.goto(at(`${section}/`));
    const one = await addNote(page, 'p4', 0, 6);
    const two = await addNote(page, 'p2', 0, 6);
    await page.locator('.reader-notes li').filter({ hasText: one }).locator('[data-act="delete"]').click();
    await page.locator('.reader-notes li').filter({ hasText: two }).locator('[data-act="delete"]').click();
    await page.locator('.reader-note-undo').filter({ hasText: '已删除 2 条' }).waitFor();
    await page.locator('.reader-notes [data-act="undo"]').click();
    await expect.poll(() => drawn(page)).toEqual([two]);
    await page.locator('.reader-notes [data-act="undo"]').click();
    await expect.poll(async () => (await drawn(page)).sort()).toEqual([one, two].sort());
    await context.close();
  });

  test('on a phone, the words noted stay in sight above the panel, and 完成 returns the reader to them', async () => {
    const { context, page } = await freshPage(browser(), 390);
    await page.goto(at(`${section}/`));
    await page.locator('#p5-2').scrollIntoViewIfNeeded();
    await select(page, 'p5-2', 0, 6);
    await page.locator('.passage-link button[data-note="note"]').click();
    await page.locator('#reader-note-text').fill('在手机上');
    // The words stay in sight above the panel, which takes the foot of the screen.
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('reader-notes') as Set<AbstractRange>)].map((range) => (range as Range).getBoundingClientRect().bottom <= document.querySelector('.reader-note-panel')!.getBoundingClientRect().top)))
      .toEqual([true]);
    await page.locator('.reader-note-panel button[data-act="close"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p5-2');
    // Focus is in the page, so the scroll back to the words may be smooth: wait for where it ends.
    const top = () => page.locator('#p5-2').boundingBox().then((box) => box!.y);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(900);
    await context.close();
  });

  test('fifty notes on one passage at 1440 px: the list stays after the text rather than run past the footer', async () => {
    const { context, page, text } = await onNotesPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await importFile(page, 'fifty.jsonld', collection(Array.from({ length: 50 }, (_, index) => ({ id: `same-${index}`, exact: text.slice(10, 18), start: 10, note: `第 ${index} 条` }))));
    await page.goto(at(`${section}/`));
    await page.locator('.reader-notes li').nth(49).waitFor({ state: 'attached' });
    await page.waitForFunction(() => performance.getEntriesByName('reader-notes restore').length > 0);
    // How far the last item ends below the footer's top (placed once the notes' stylesheet has come).
    await expect.poll(() => page.evaluate(() => {
      const items = Math.max(...[...document.querySelectorAll('.reader-notes li')].map((item) => item.getBoundingClientRect().bottom + scrollY));
      const footer = document.querySelector('.site-footer')!.getBoundingClientRect().top + scrollY;
      return items - footer;
    })).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('unticking 显示批注 hides the reader’s own highlights and list too, and 我的批注 with it', async () => {
    const { context, page } = await freshPage(browser());
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 6);
    await page.locator('.note-settings summary').click();
    await page.locator('#show-notes').uncheck();
    await expect.poll(() => drawn(page)).toEqual([]);
    await expect.poll(() => page.locator('.reader-notes').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#show-mine').isDisabled()).toBe(true);
    await page.locator('#show-notes').check();
    await expect.poll(() => drawn(page)).toHaveLength(1);
    await expect.poll(() => listed(page)).toHaveLength(1);
    await context.close();
  });

  test('on a wide screen the note panel covers none of the notes in the margin', async () => {
    const { context, page } = await freshPage(browser(), 1440);
    await page.goto(at(`${section}/`));
    await addNote(page, 'p4', 0, 8, '页边');
    await page.locator('#p5-1').scrollIntoViewIfNeeded();
    await select(page, 'p5-1', 0, 8);
    await page.locator('.passage-link button[data-note="note"]').click();
    await page.locator('.reader-note-panel:not([hidden])').waitFor();
    // Noting words redraws the list: the reader stays where they were reading.
    const words = () => page.locator('#p5-1').boundingBox().then((box) => box!.y);
    await expect.poll(words).toBeGreaterThanOrEqual(0);
    await expect.poll(words).toBeLessThan(900);
    for (const top of [0, 600, 1200]) {
      // Instant: with focus in the panel, html:focus-within would scroll smoothly, and a poll could pass on the way.
      await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), top);
      await expect.poll(() => page.evaluate(() => {
        const panel = document.querySelector('.reader-note-panel')!.getBoundingClientRect();
        return [...document.querySelectorAll('.claim-card, .reader-notes.in-margin li')]
          .filter((note) => note.checkVisibility())
          .map((note) => note.getBoundingClientRect())
          .filter((box) => box.left < panel.right && box.right > panel.left && box.top < panel.bottom && box.bottom > panel.top).length;
      }), { message: `scrolled to ${top}` }).toBe(0);
    }
    await context.close();
  });
});
