/**
 * Searching the claims in Chromium against the built site, at the root and under a sub-path:
 * the query table, filter-only listings, facet counts, URL state, highlighting on landing,
 * keyboard-only use, accessibility and the page without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readEssay } from '../../src/source.ts';
import { claimTypes, topics } from '../../src/claims/vocabulary.ts';
import { launchBrowser, openPage, expectNoAxeViolations } from './browser.ts';

const { claims } = readEssay();
const sites = inject('sites');

/**
 * Queries a reader would type, and the claim they mean, which must be among the first three
 * results: Chinese without spaces, two-character words, words inside longer ones, Latin words in
 * Chinese text, and English words found through the English titles and labels.
 */
export const queryTable: [query: string, claim: string][] = [
  ['硬件', 'hardware-drives-progress'],
  ['硬件进步', 'hardware-drives-progress'],
  ['hardware', 'hardware-drives-progress'],
  ['hardware drives progress', 'hardware-drives-progress'],
  ['AutoML 论文', 'automl-pipeline-steps'],
  ['Kaggle', 'why-automl-not-winning-kaggle'],
  ['ImageNet', 'timeless-claims-list'],
  ['LightGBM', 'game-changers-had-little-experiment'],
  ['benchmark', 'no-general-benchmark-suite'],
  ['基准', 'benchmark-problems-three'],
  ['医生', 'tai-reinvents-trapezoidal-rule'],
  ['复现', 'papers-ship-code-and-data'],
  ['reproducibility', 'papers-ship-code-and-data'],
  ['理论保证', 'weak-theoretical-guarantees'],
  ['可解释性', 'classical-ml-direction'],
  ['数据科学家', 'data-scientist-five-steps'],
  ['data scientist', 'data-scientist-five-steps'],
  ['state of the art', 'nobody-cares-about-sota'],
  ['外星人', 'ml-as-alien-brain'],
  ['alien brain', 'ml-as-alien-brain'],
  ['折叠', 'alphafold-example'],
  ['定理', 'replication-needs-only-cs101'],
  ['特斯拉', 'tesla-autopilot-example'],
  ['决策树', 't5-vs-decision-tree'],
  ['1000倍', 'thousandfold-less-research'],
  ['范式转变', 'software-people-two-options'],
  ['PPT', 'data-scientist-five-steps'],
  ['引用', 'ml-seen-as-citation-game'],
  ['永恒', 'ml-lacks-timeless-observations'],
  ['镀金', 'gilded-research-direction'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the page shows the search its URL names, then gives the claim ids in order. */
async function resultIds(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const shown = document.querySelector<HTMLElement>('#search-results')?.dataset.search;
    return shown !== undefined && new URLSearchParams(shown).toString() === new URLSearchParams(location.search).toString();
  });
  return page.locator('.search-result[data-kind="claim"]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.claimId!));
}

describe.each(Object.entries(sites))('search on the %s build', (name, site) => {
  const at = (path: string) => new URL(path, site.url).href;
  const searchUrl = (query: string) => at(`search/?${query}`);

  test(`the query table: every meant claim is in the top three (${queryTable.length} queries)`, async () => {
    const { page, errors, close } = await openPage(browser);
    const misses: string[] = [];
    for (const [query, claim] of queryTable) {
      await page.goto(searchUrl(`q=${encodeURIComponent(query)}`));
      const top = (await resultIds(page)).slice(0, 3);
      if (!top.includes(claim)) misses.push(`${query} → ${top.join(', ')} (wanted ${claim})`);
    }
    if (name === 'root') console.log(`query table hit rate: ${queryTable.length - misses.length}/${queryTable.length}`);
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('on a phone the facets start closed unless in use, and open on a tap', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    await page.goto(searchUrl('q=AutoML&topic=automl'));
    await resultIds(page);
    const open = () => page.locator('.search-facets details').evaluateAll((groups) => groups.map((group) => (group as HTMLDetailsElement).open));
    await expect(open()).resolves.toEqual([false, true, false]);
    await page.locator('.search-facets summary').first().tap();
    await expect(open()).resolves.toEqual([true, true, false]);
    await close();
  });

  test('a filter without a query lists every claim of that filter, in essay order', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(searchUrl('topic=automl'));
    expect(await resultIds(page)).toEqual(claims.filter((claim) => (claim.topics as string[]).includes('automl')).map((claim) => claim.id));
    await page.goto(searchUrl('type=process&type=prediction'));
    expect(await resultIds(page)).toEqual(claims.filter((claim) => claim.type === 'process' || claim.type === 'prediction').map((claim) => claim.id));
    await close();
  });

  test('facet counts equal the data', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(at('search/'));
    await resultIds(page);
    const counts = await page.locator('.count[data-facet]').evaluateAll((spans) =>
      Object.fromEntries(spans.map((span) => [`${(span as HTMLElement).dataset.facet}:${(span as HTMLElement).dataset.value}`, span.textContent])),
    );
    for (const type of Object.keys(claimTypes)) {
      expect(counts[`type:${type}`], type).toBe(`（${claims.filter((claim) => claim.type === type).length}）`);
    }
    for (const topic of Object.keys(topics)) {
      expect(counts[`topic:${topic}`], topic).toBe(`（${claims.filter((claim) => (claim.topics as string[]).includes(topic)).length}）`);
    }
    expect(counts['section:automl']).toBe(`（${claims.filter((claim) => claim.section === 'automl').length}）`);
    // Within a search, each count is the number of results that carry the value.
    await page.goto(searchUrl(`q=${encodeURIComponent('硬件')}`));
    const ids = await resultIds(page);
    const shown = claims.filter((claim) => ids.includes(claim.id));
    for (const type of Object.keys(claimTypes)) {
      await expect(page.locator(`.count[data-facet="type"][data-value="${type}"]`).textContent()).resolves.toBe(`（${shown.filter((claim) => claim.type === type).length}）`);
    }
    await close();
  });

  test('claims come first; full-text section matches follow when asked for', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(searchUrl('q=Kaggle&full=1'));
    await resultIds(page);
    const kinds = await page.locator('.search-result').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.kind));
    expect(kinds).toContain('section');
    expect(kinds.indexOf('section')).toBeGreaterThan(kinds.lastIndexOf('claim'));
    await expect(page.locator('.search-result[data-kind="claim"] .result-excerpt mark').first().textContent()).resolves.toMatch(/kaggle/i);
    await close();
  });

  test('the query and filters live in the URL: reload keeps them, Back restores the last search', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(at('search/'));
    const box = page.locator('#search-query');
    await box.fill('硬件');
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '硬件');
    const byQuery = await resultIds(page);
    await page.locator('input[name="topic"][value="future-directions"]').check();
    await page.waitForURL((url) => url.searchParams.getAll('topic').includes('future-directions'));
    const filtered = await resultIds(page);
    expect(filtered.length).toBeLessThan(byQuery.length);
    await page.reload();
    await expect(box.inputValue()).resolves.toBe('硬件');
    await expect(page.locator('input[name="topic"][value="future-directions"]').isChecked()).resolves.toBe(true);
    expect(await resultIds(page)).toEqual(filtered);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('topic'));
    await expect(page.locator('input[name="topic"][value="future-directions"]').isChecked()).resolves.toBe(false);
    expect(await resultIds(page)).toEqual(byQuery);
    await close();
  });

  test('a result opens the claim in context, highlighted, with the searched words marked', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(searchUrl(`q=${encodeURIComponent('决策树')}`));
    await resultIds(page);
    await page.locator('.search-result .result-title a').first().click();
    await page.waitForURL((url) => url.pathname === `${site.base}software-vs-hardware/` && url.hash === '#t5-vs-decision-tree');
    await expect(page.locator('#t5-vs-decision-tree').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await page.waitForSelector('mark.pagefind-highlight');
    await expect(page.locator('mark.pagefind-highlight').first().textContent()).resolves.toBe('决策树');
    expect(errors).toEqual([]);
    await close();
  });

  test('keyboard only: / focuses search on any page, Enter searches, Tab and Enter open a result', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(at('automl/'));
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('Kaggle');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${site.base}search/` && url.searchParams.get('q') === 'Kaggle');
    const [first] = await resultIds(page);
    const firstLink = page.locator('.search-result .result-title a').first();
    for (let presses = 0; presses < 120 && !(await firstLink.evaluate((link) => link === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === `#${first}`);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the search page with results and facets open (${colorScheme})`, async () => {
      const { page, close } = await openPage(browser, { colorScheme });
      await page.goto(searchUrl('q=AutoML&full=1'));
      await resultIds(page);
      for (const summary of await page.locator('.search-facets details:not([open]) > summary').all()) await summary.click();
      await expect(page.locator('.search-facets details[open]').count()).resolves.toBe(3);
      await expectNoAxeViolations(page);
      await close();
    });
  }

  test('without JavaScript the search page says so and links to the claims index and topics', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('search/'));
    await expect(page.locator('#search-needs-js').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-needs-js').textContent()).resolves.toContain('搜索需要 JavaScript');
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    const links = await page.locator('#search-needs-js a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual([`${site.base}claims/`, ...Object.keys(topics).map((topic) => `${site.base}topics/${topic}/`)]);
    await close();
  });
});
