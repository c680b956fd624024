/**
 * The claims as a reader meets them, in Chromium against the built site: cards, deep links, the
 * claim pages, the index, topic and type pages, and the exports, checked against the data.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { build } from 'esbuild';
import { readEssay, readRevisions } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { claimTypes, noteParts, originalChecks, topics } from '../../src/claims/vocabulary.ts';
import { relationsOf } from '../../src/claims/relations.ts';
import { noteText } from '../../src/notes-view/render-note.ts';
import { openPage, expectNoAxeViolations, recordTexts, sharedBrowser } from './browser.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition);
const sites = inject('sites');
const site = sites.base;
const at = (path: string) => new URL(path, site.url).href;
const path = (local: string) => `${site.base}${local}`;
const pipelineSteps = claims.find((claim) => claim.id === 'automl-pipeline-steps')!;
const hardware = claims.find((claim) => claim.id === 'hardware-drives-progress')!;
const editionDate = readRevisions(claims)[0]!.date;

const browser = sharedBrowser();
let annotator: string;
beforeAll(async () => {
  const bundle = await build({ entryPoints: ['tests/e2e/fixtures/annotator-entry.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  annotator = bundle.outputFiles[0]!.text;
});

const idsOn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.claimId ?? element.id));

describe('whose words: the note, the editor\'s judgement and readings of the translation', () => {
  const parts = (claim: (typeof claims)[number]) => [
    ...(claim.editor_note ? [{ cls: 'note-editor-note', label: noteParts.editor_note.zh, check: undefined }] : []),
    ...claim.translation.map((reading) => ({ cls: 'note-translation', label: noteParts.translation.zh, check: originalChecks[reading.original].zh })),
  ];

  test('every card, claim page and index entry labels each part as the data has it', async () => {
    const { page, close } = await openPage(browser());
    const withParts = claims.filter((claim) => claim.editor_note || claim.translation.length > 0);
    expect(withParts.length).toBeGreaterThan(40);
    const check = async (container: Locator, claim: (typeof claims)[number], where: string) => {
      const shown = await container.locator('.note-editor-note, .note-translation').evaluateAll((elements) =>
        elements.map((element) => ({ cls: element.className, label: element.querySelector('.note-label')?.textContent, check: element.querySelector('.note-check')?.textContent })),
      );
      expect(shown, where).toEqual(parts(claim).map(({ cls, label, check }) => ({ cls, label, check: check === undefined ? undefined : `（${check}）` })));
      // The note itself carries no label: it is the text's own account.
      await expect.poll(() => container.locator('p:not([class]) .note-label').count(), { message: where }).toBe(0);
    };
    for (const section of sections) {
      await page.goto(at(`${section.slug}/`));
      for (const claim of claims.filter((candidate) => candidate.section === section.slug)) {
        await check(page.locator(`[id="${claim.id}--card"] .claim-note`), claim, `${claim.id} card`);
      }
    }
    await page.goto(at('claims/'));
    for (const claim of claims) await check(page.locator(`.claim-item[data-claim-id="${claim.id}"] .claim-item-note`), claim, `${claim.id} in the index`);
    for (const id of ['hardware-drives-progress', 'knowing-what-nobody-knows', 'software-must-fit-hardware']) {
      const claim = claims.find((candidate) => candidate.id === id)!;
      await page.goto(at(`claims/${id}/`));
      await check(page.locator('.claim-page .claim-note'), claim, `${id} page`);
    }
    await close();
  });

  test('the JSON export keeps the parts apart, and the annotation export labels the editor\'s judgement as an assessment', async () => {
    const { page, close } = await openPage(browser());
    const json = await (await page.request.get(at('claims.json'))).json();
    const concession = json.find((claim: { id: string }) => claim.id === 'software-must-fit-hardware');
    expect(concession).toMatchObject({ note: expect.any(String), editor_note: expect.any(String), translation: [] });
    const ld = await (await page.request.get(at('annotations.jsonld'))).json();
    const item = ld.first.items.find((annotation: { id: string }) => annotation.id.endsWith('/claims/software-must-fit-hardware/'));
    expect(item.body.filter((body: { purpose: string }) => body.purpose === 'assessing').map((body: { value: string }) => body.value)).toEqual([concession.editor_note]);
    await close();
  });
});

describe('every claim appears exactly once', () => {
  test('in its section page, with its card', async () => {
    const { page, errors, close } = await openPage(browser());
    for (const section of sections) {
      await page.goto(at(`${section.slug}/`));
      const expected = claims.filter((claim) => claim.section === section.slug).map((claim) => claim.id);
      expect((await idsOn(page, '#text .claim')).sort()).toEqual([...expected].sort());
      expect((await page.locator('.claim-card').evaluateAll((cards) => cards.map((card) => card.id))).sort()).toEqual(expected.map((id) => `${id}--card`).sort());
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('in the claims index, in essay order, grouped by section', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(at('claims/'));
    expect(await idsOn(page, '.claim-item')).toEqual(claims.map((claim) => claim.id));
    const groups = await page.locator('.claims-section').evaluateAll((elements) =>
      elements.map((element) => ({ heading: element.querySelector('h2')!.textContent, ids: [...element.querySelectorAll<HTMLElement>('.claim-item')].map((item) => item.dataset.claimId) })),
    );
    expect(groups).toEqual(sections.map((section) => ({ heading: section.title, ids: claims.filter((claim) => claim.section === section.slug).map((claim) => claim.id) })));
    await close();
  });

  test('on its own page', async () => {
    const { page, errors, close } = await openPage(browser());
    for (const claim of claims) {
      const response = await page.request.get(at(`claims/${claim.id}/`));
      expect(response.status(), claim.id).toBe(200);
      const heading = (await response.text()).match(/<h1[^>]*>(.*?)<\/h1>/)![1]!;
      expect(heading.replace(/<wbr>/g, ''), claim.id).toBe(claim.title);
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('in /claims.json, with its fields and site paths that include the base', async () => {
    const { page, close } = await openPage(browser());
    const exported = (await (await page.request.get(at('claims.json'))).json()) as Record<string, unknown>[];
    expect(exported.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id));
    for (const [index, claim] of claims.entries()) {
      expect(exported[index]).toMatchObject({
        id: claim.id,
        title: claim.title,
        title_en: claim.title_en,
        type: claim.type,
        topics: claim.topics,
        section: claim.section,
        quote: claim.quote,
        note: claim.note,
        relations: claim.relations,
        url: path(`${claim.section}/#${claim.id}`),
        permalink: path(`claims/${claim.id}/`),
      });
    }
    await close();
  });

  test('in /annotations.jsonld, where an independent anchoring lands on the claim\'s element', async () => {
    const { page, close } = await openPage(browser());
    const collection = await (await page.request.get(at('annotations.jsonld'))).json();
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: claims.length });
    const items = collection.first.items as { id: string; body: { purpose: string; value: string }[]; target: { source: string; selector: object[] } }[];
    expect(items.map((item) => item.id)).toEqual(claims.map((claim) => `https://essay.example${path(`claims/${claim.id}/`)}`));
    for (const section of sections) {
      await page.goto(at(`${section.slug}/`));
      await page.evaluate(annotator);
      for (const [index, claim] of claims.entries()) {
        if (claim.section !== section.slug) continue;
        const item = items[index]!;
        expect(item.target.source).toBe(`https://essay.example${path(`${section.slug}/`)}`);
        expect(item.body).toEqual(expect.arrayContaining([
          expect.objectContaining({ purpose: 'commenting', value: claim.note }),
          expect.objectContaining({ purpose: 'tagging', value: claim.type }),
        ]));
        const elementText = await page.locator(`[id="${claim.id}"]`).evaluate((element) => element.textContent);
        expect(elementText!.replace(/\s+/g, '')).toBe(claim.quote.replace(/\s+/g, ''));
        for (const selector of item.target.selector) {
          const matches = await page.evaluate(
            ([selector, id]) => (window as unknown as { anchor: (s: object, id: string) => Promise<{ text: string; coversElement: boolean }[]> }).anchor(selector, id),
            [selector, claim.id] as const,
          );
          expect(matches, `${claim.id} ${JSON.stringify(selector)}`).toEqual([{ text: elementText, coversElement: true }]);
        }
      }
    }
    await close();
  });
});

describe('a claim card', () => {
  const isOpen = (card: Locator) => card.evaluate((element) => element.matches(':popover-open'));

  test('opens from its marker by keyboard, takes focus, and closes with Esc, focus returning', async () => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 1024, height: 800 } });
    await page.goto(at('software-vs-hardware/'));
    const marker = page.locator(`[id="${hardware.id}"] > .claim-marker`);
    const card = page.locator(`[id="${hardware.id}--card"]`);
    const number = claims.filter((claim) => claim.section === hardware.section).indexOf(hardware) + 1;
    await expect.poll(() => marker.getAttribute('aria-label')).toBe(`预测批注 ${number}`);
    await expect.poll(() => card.isVisible()).toBe(false);
    // Reach the marker by Tab, as a keyboard user would.
    await page.keyboard.press('Tab');
    for (let presses = 0; presses < 80 && !(await marker.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => marker.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(card)).toBe(true);
    await expect.poll(() => card.locator('.card-title').textContent()).toBe(hardware.title);
    // The English title and the sources are on the claim's page, one link away.
    await expect.poll(() => card.locator('.card-title-en, .source-list').count()).toBe(0);
    await expect.poll(() => card.getByRole('link', { name: '论断页面' }).getAttribute('href')).toBe(path(`claims/${hardware.id}/`));
    await expect.poll(() => card.locator('.type-label').first().textContent()).toContain(claimTypes.prediction.zh);
    await expect.poll(() => card.locator('.claim-note').textContent()).toContain(noteText(hardware.note).slice(0, 20));
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.claim-card')?.id)).toBe(`${hardware.id}--card`);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(card)).toBe(false);
    await expect.poll(() => marker.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('opens by tap and closes by tapping outside or its close button', async () => {
    const { page, close } = await openPage(browser(), { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.goto(at('automl/'));
    const marker = page.locator(`[id="${pipelineSteps.id}"] > .claim-marker`);
    const card = page.locator(`[id="${pipelineSteps.id}--card"]`);
    await marker.tap();
    await expect.poll(() => isOpen(card)).toBe(true);
    await expect.poll(() => card.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    await page.touchscreen.tap(5, 795);
    await expect.poll(() => isOpen(card)).toBe(false);
    await marker.tap();
    await card.locator('.card-close').tap();
    await expect.poll(() => isOpen(card)).toBe(false);
    await close();
  });

  test('works without JavaScript, and its copy button stays hidden', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(at('automl/'));
    const card = page.locator(`[id="${pipelineSteps.id}--card"]`);
    await page.locator(`[id="${pipelineSteps.id}"] > .claim-marker`).click();
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    await expect.poll(() => card.locator('.copy-link').isVisible()).toBe(false);
    await expect.poll(() => card.getByRole('link', { name: '论断页面' }).getAttribute('href')).toBe(path(`claims/${pipelineSteps.id}/`));
    await close();
  });

  test('copies the claim\'s permalink', async () => {
    const { page, close } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(at('automl/'));
    await page.locator(`[id="${pipelineSteps.id}"] > .claim-marker`).click();
    const button = page.locator(`[id="${pipelineSteps.id}--card"] .copy-link`);
    const shown = await recordTexts(page, `[id="${pipelineSteps.id}--card"] .copy-link`);
    let said = await recordTexts(page, '#announce');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(at(`claims/${pipelineSteps.id}/`));
    await expect.poll(shown).toContain('已复制');
    await expect.poll(said).toContain('已复制');
    // On the claim's page too, copying is said in the polite live region.
    await page.goto(at(`claims/${pipelineSteps.id}/`));
    said = await recordTexts(page, '#announce');
    await page.locator('.copy-link').first().click();
    await expect.poll(said).toContain('已复制');
    await close();
  });
});

describe('a link to a claim in context', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`scrolls to the claim and highlights it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, close } = await openPage(browser(), { javaScriptEnabled, viewport: { width: 390, height: 700 } });
      const style = (id: string) => page.locator(`[id="${id}"]`).evaluate((element) => {
        const computed = getComputedStyle(element);
        return `${computed.backgroundColor} ${computed.outlineStyle} ${computed.outlineColor}`;
      });
      await page.goto(at('automl/'));
      const plain = await style(pipelineSteps.id);
      await page.goto(at(`automl/#${pipelineSteps.id}`));
      const claim = page.locator(`[id="${pipelineSteps.id}"]`);
      await expect.poll(() => claim.evaluate((element) => element.matches(':target'))).toBe(true);
      await expect.poll(() => style(pipelineSteps.id)).not.toBe(plain);
      await expect.poll(() => claim.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight / 2;
      })).toBe(true);
      await close();
    });
  }
});

describe('a claim page', () => {
  test('shows the claim, its quote in its paragraph, relations both ways, and the way back', async () => {
    const { page, close } = await openPage(browser());
    const claim = claims.find((candidate) => relationsOf(claims, candidate.id).incoming.length > 0 && candidate.relations.length > 0)
      ?? claims.find((candidate) => relationsOf(claims, candidate.id).incoming.length > 0)!;
    const { outgoing, incoming } = relationsOf(claims, claim.id);
    await page.goto(at(`claims/${claim.id}/`));
    await expect.poll(() => page.title()).toMatch(new RegExp(`^${claim.title} — `));
    await expect.poll(() => page.locator('.title-en').textContent()).toBe(claim.title_en);
    await expect.poll(() => page.locator('.claim-facts .type-label').textContent()).toContain(claimTypes[claim.type].zh);
    await expect.poll(() => page.locator('.claim-quote mark').allTextContents()).toEqual(claim.quote.split('\n'));
    const relationLinks = await page.locator('.relation-list a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(relationLinks).toEqual([...outgoing, ...incoming].map(({ claim: other }) => path(`claims/${other.id}/`)));
    await expect.poll(() => page.getByRole('link', { name: '在原文中阅读' }).getAttribute('href')).toBe(path(`${claim.section}/#${claim.id}`));
    const index = claims.indexOf(claim);
    await expect.poll(() => page.locator('a[rel="prev"]').getAttribute('href')).toBe(index > 0 ? path(`claims/${claims[index - 1]!.id}/`) : null);
    await expect.poll(() => page.locator('meta[name="description"]').getAttribute('content')).toMatch(new RegExp(`^${claim.title}。`));
    await expect.poll(() => page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(new RegExp(`^${claim.title} — `));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Claim', name: claim.title, alternateName: claim.title_en, text: claim.quote, url: `https://essay.example${path(`claims/${claim.id}/`)}` });
    await close();
  });

  for (const javaScriptEnabled of [false, true]) {
    test(`offers its citation in GB/T 7714, APA and BibTeX, and as CSL-JSON (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, close } = await openPage(browser(), { javaScriptEnabled, permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(at(`claims/${hardware.id}/`));
      const url = `https://essay.example${path(`claims/${hardware.id}/`)}`;
      const text = (format: string) => page.locator(`.citation[data-format="${format}"]`).textContent();
      // Without JavaScript, the edition's date, labelled as such; with it, the reader's day.
      const day = javaScriptEnabled ? await page.evaluate(() => new Date().toLocaleDateString('sv-SE')) : editionDate;
      await expect.poll(() => page.locator('.cite-when').textContent()).toBe(javaScriptEnabled ? '引用日期是今天，你读到本页的日子。' : `引用日期暂用本版第 ${readRevisions(claims)[0]!.version} 版的日期（${editionDate}）：请改为你读到本页的日子。`);
      await expect.poll(() => text('gbt7714')).toBe(`HOSU G. 做了 5 年机器学习研究，我发现了这 7 个真相[EB/OL]. 佚名, 译//七个真相 · 批注版: 论断“${hardware.title}”. [${day}]. ${url}.`);
      await expect.poll(() => text('apa')).toMatch(new RegExp(`^Hosu, G\\. \\(n\\.d\\.\\)\\. .*Retrieved \\w+ \\d+, \\d{4}, from ${url.replace(/[.]/g, '\\.')}$`));
      await expect.poll(() => text('bibtex')).toMatch(new RegExp(`^@misc\\{hosu-seven-truths-${hardware.id},\\n`));
      await expect.poll(() => text('bibtex')).toContain(`urldate      = {${day}},`);
      // Read once the polls above have seen the reader's day: what the copy button must copy.
      const bib = await text('bibtex');
      await expect.poll(() => page.locator('.citations .copy-link').first().isVisible()).toBe(javaScriptEnabled);
      if (javaScriptEnabled) {
        await page.locator('dt:has-text("BibTeX") .copy-link').click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
      }
      const csl = page.getByRole('link', { name: '下载 CSL-JSON' });
      const response = await page.request.get(new URL((await csl.getAttribute('href'))!, page.url()).href);
      expect(response.headers()['content-type']).toMatch(/json/);
      const saved = await response.json();
      expect(saved).toMatchObject([{ id: `hosu-seven-truths-${hardware.id}`, type: 'webpage', URL: url, author: [{ family: 'Hosu', given: 'George' }] }]);
      expect(saved[0]).not.toHaveProperty('accessed');
      await close();
    });

    test(`a build that knows no site address prints no URL, never a local one, and says so (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      // The root build has no SITE, and the test serves it from a loopback address.
      const local = sites.root;
      const { page, close } = await openPage(browser(), { javaScriptEnabled });
      for (const at of [`claims/${hardware.id}/`, 'about/']) {
        await page.goto(new URL(at, local.url).href);
        await expect.poll(() => page.locator('.cite-where').textContent()).toBe('本版构建时没有设定网站地址，引文里没有网址：请补上你读到本页的网址。');
        await expect.poll(() => page.locator('.cite-when').textContent()).toMatch(javaScriptEnabled ? /^引用日期是今天/ : new RegExp(editionDate));
        const texts = await page.locator('.citation').allTextContents();
        expect(texts).toHaveLength(3);
        for (const text of texts) expect(text).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/(?!cerebralab)|(?<![\w.])\/(claims|about)\//);
      }
      // The same build names no address for corrections, and says so rather than invent one.
      await expect.poll(() => page.locator('h2#corrections + p').textContent()).toMatch(/这一份构建没有设定纠错地址/);
      const csl = await page.request.get(new URL(`claims/${hardware.id}/citation.json`, local.url).href);
      expect(await csl.json()).not.toMatchObject([{ URL: expect.anything() }]);
      await close();
    });
  }

  test('lists the sources of a claim that has them', async () => {
    const { page, close } = await openPage(browser());
    const claim = claims.find((candidate) => candidate.sources.length > 0)!;
    await page.goto(at(`claims/${claim.id}/`));
    await expect.poll(() => page.locator('.source-list a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(claim.sources.map((source) => source.url));
    await close();
  });
});

describe('topic and type pages', () => {
  test('the indexes of all topics and all types give each term\'s definition and claim count', async () => {
    const { page, close } = await openPage(browser());
    for (const [path, terms, has] of [
      ['topics/', topics, (claim: (typeof claims)[number], term: string) => (claim.topics as string[]).includes(term)],
      ['types/', claimTypes, (claim: (typeof claims)[number], term: string) => claim.type === term],
    ] as const) {
      await page.goto(at(path));
      const shown = await page.locator('.term').evaluateAll((items) =>
        items.map((item) => [(item as HTMLElement).dataset.term, item.querySelector('.count')!.textContent, item.querySelector('dd')!.textContent]),
      );
      expect(shown).toEqual(Object.entries(terms).map(([term, { definition }]) => [term, `${claims.filter((claim) => has(claim, term)).length} 条`, definition]));
    }
    await close();
  });

  test('list exactly the claims of their topic or type, in essay order', async () => {
    const { page, close } = await openPage(browser());
    for (const topic of Object.keys(topics)) {
      await page.goto(at(`topics/${topic}/`));
      expect(await idsOn(page, '.claim-item'), topic).toEqual(claims.filter((claim) => (claim.topics as string[]).includes(topic)).map((claim) => claim.id));
    }
    for (const type of Object.keys(claimTypes)) {
      await page.goto(at(`types/${type}/`));
      expect(await idsOn(page, '.claim-item'), type).toEqual(claims.filter((claim) => claim.type === type).map((claim) => claim.id));
    }
    await close();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  // Every page as it loads is checked in ./accessibility.test.ts; here, a card opened.
  test(`axe finds nothing on an open card (${colorScheme})`, async () => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await page.goto(at('automl/'));
    await page.locator(`[id="${pipelineSteps.id}"] > .claim-marker`).click();
    await expectNoAxeViolations(page);
    await close();
  });
}
