/**
 * The argument maps as readers meet them, in Chromium against the built site: the whole essay,
 * each section's part, each claim's neighbourhood; drawn boxes and lines checked against the
 * data, the layout checked as rendered (no overlaps, every label inside its box), in both themes
 * and on paper, and the about page that documents the relations.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readEssay, readRevisions } from '../../src/source.ts';
import { relationEdges, relationsOf } from '../../src/claims/relations.ts';
import { relationTypes } from '../../src/claims/vocabulary.ts';
import { launchBrowser, openPage, expectNoAxeViolations } from './browser.ts';

const { claims } = readEssay();
const edges = relationEdges(claims);
const site = inject('sites').base;
const at = (path: string) => new URL(path, site.url).href;
const path = (local: string) => `${site.base}${local}`;
const edgeKey = ({ source, target, type }: { source: string; target: string; type: string }) => `${source} ${type} ${target}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** What the map on the page draws: its boxes (with their link, box and label boxes) and lines. */
function drawn(page: Page) {
  return page.locator('svg.map-svg').evaluate((svg) => {
    const box = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    return {
      nodes: [...svg.querySelectorAll('a.map-node')].map((node) => ({
        id: node.getAttribute('data-claim')!,
        href: node.getAttribute('href')!,
        classes: node.getAttribute('class')!,
        box: box(node.querySelector('rect')!),
        labels: [...node.querySelectorAll('text')].map(box),
        name: node.textContent!.trim(),
      })),
      edges: [...svg.querySelectorAll('path.map-edge')].map((edge) => ({
        source: edge.getAttribute('data-source')!,
        target: edge.getAttribute('data-target')!,
        type: edge.getAttribute('data-relation')!,
        length: (edge as SVGPathElement).getTotalLength(),
      })),
    };
  });
}

type Drawn = Awaited<ReturnType<typeof drawn>>;

function expectSoundLayout({ nodes }: Drawn) {
  const overlap = (a: Drawn['nodes'][0]['box'], b: Drawn['nodes'][0]['box']) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  nodes.forEach((a, index) => nodes.slice(index + 1).forEach((b) => expect(overlap(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false)));
  for (const node of nodes) {
    for (const label of node.labels) {
      expect(label.x >= node.box.x && label.y >= node.box.y && label.x + label.width <= node.box.x + node.box.width && label.y + label.height <= node.box.y + node.box.height,
        `a label of ${node.id} lies outside its box`).toBe(true);
    }
  }
}

describe('the essay map', () => {
  test('has a box for every claim, linked to its page, and a line for every relation', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(at('map/'));
    const map = await drawn(page);
    expect(map.nodes.map((node) => node.id)).toEqual(claims.map((claim) => claim.id));
    for (const node of map.nodes) {
      const claim = claims.find((candidate) => candidate.id === node.id)!;
      expect(node.href).toBe(path(`claims/${claim.id}/`));
      expect(node.name.replace(/\s/g, '')).toContain(claim.title.replace(/\s/g, ''));
    }
    expect(map.edges.map(edgeKey).sort()).toEqual(edges.map(edgeKey).sort());
    expect(map.edges.every((edge) => edge.length > 0)).toBe(true);
    expectSoundLayout(map);
    await expect(page.locator('svg.map-svg > title').textContent()).resolves.toBe('全文论证图');
    await expect(page.locator('svg.map-svg > desc').textContent()).resolves.toContain(`${edges.length} 条关联`);
    await expect(page.locator('[style]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('the text version beside it lists the same claims and relations', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(at('map/'));
    await expect(page.locator('.map-text').evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(true);
    const items = await page.locator('.map-list > li').evaluateAll((lis) => lis.map((li) => ({
      href: li.querySelector(':scope > a')!.getAttribute('href'),
      relations: [...li.querySelectorAll('ul > li')].map((relation) => ({ text: relation.textContent, href: relation.querySelector('a')!.getAttribute('href') })),
    })));
    expect(items.map((item) => item.href)).toEqual(claims.map((claim) => path(`claims/${claim.id}/`)));
    claims.forEach((claim, index) => {
      expect(items[index]!.relations.map((relation) => relation.href)).toEqual(claim.relations.map((relation) => path(`claims/${relation.target}/`)));
      claim.relations.forEach((relation, nth) => {
        const text = items[index]!.relations[nth]!.text!;
        expect(text.startsWith(relationTypes[relation.type].zh)).toBe(true);
        expect(text.endsWith('（编者）')).toBe(relation.by === 'editor');
      });
    });
    await close();
  });

  test('a reader on a phone scrolls it, and a node link works by keyboard', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(at('map/'));
    const frame = page.locator('.map-frame');
    await expect(frame.evaluate((element) => element.scrollWidth > element.clientWidth && element.clientWidth <= 390)).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
    const first = page.locator('a.map-node').first();
    await first.focus();
    await expect(first.evaluate((element) => getComputedStyle(element.querySelector('rect')!).strokeWidth)).resolves.toBe('4px');
    await page.keyboard.press('Enter');
    await page.waitForURL(at(`claims/${claims[0]!.id}/`));
    await close();
  });

  test('boxes take their type\'s colour, in light and in dark', async () => {
    const colours: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser, { colorScheme });
      await page.goto(at('map/'));
      colours[colorScheme] = await page.locator('a.map-node[data-claim-type="thesis"] rect, a.map-node[data-claim-type="question"] rect').evaluateAll((rects) =>
        rects.slice(0, 1).concat(rects.slice(-1)).map((rect) => `${getComputedStyle(rect).stroke} ${getComputedStyle(rect).fill}`));
      await close();
    }
    expect(new Set(colours.light).size).toBe(2);
    expect(colours.light).not.toEqual(colours.dark);
  });

  test('prints within the page, without the text version', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(at('map/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.map-text').isVisible()).resolves.toBe(false);
    await expect(page.locator('svg.map-svg').evaluate((svg) => svg.getBoundingClientRect().width <= document.querySelector('main')!.getBoundingClientRect().width + 1)).resolves.toBe(true);
    await close();
  });
});

describe('a section\'s map', () => {
  test('shows the section\'s claims and those elsewhere they relate to, each opening in context', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(at('automl/'));
    await page.getByRole('link', { name: '本节论证图' }).click();
    await page.waitForURL(at('map/automl/'));
    const map = await drawn(page);
    const own = claims.filter((claim) => claim.section === 'automl').map((claim) => claim.id);
    const touching = edges.filter((edge) => own.includes(edge.source) || own.includes(edge.target));
    expect(map.edges.map(edgeKey).sort()).toEqual(touching.map(edgeKey).sort());
    expect(new Set(map.nodes.map((node) => node.id))).toEqual(new Set([...own, ...touching.flatMap((edge) => [edge.source, edge.target])]));
    for (const node of map.nodes) {
      const claim = claims.find((candidate) => candidate.id === node.id)!;
      expect(node.href).toBe(path(`${claim.section}/#${claim.id}`));
      expect(node.classes.includes('is-outside')).toBe(claim.section !== 'automl');
    }
    expectSoundLayout(map);
    await page.locator(`a.map-node[data-claim="${own[0]}"]`).click();
    await page.waitForURL(at(`automl/#${own[0]}`));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a claim\'s neighbourhood', () => {
  test('is drawn on its page: the claim stressed, its relations both ways', async () => {
    const { page, close } = await openPage(browser);
    const claim = claims.find((candidate) => candidate.id === 'hardware-drives-progress')!;
    const { outgoing, incoming } = relationsOf(claims, claim.id);
    await page.goto(at(`claims/${claim.id}/`));
    const map = await drawn(page);
    expect(new Set(map.nodes.map((node) => node.id))).toEqual(new Set([claim.id, ...outgoing.map((other) => other.claim.id), ...incoming.map((other) => other.claim.id)]));
    expect(map.nodes.find((node) => node.id === claim.id)!.classes).toContain('is-focus');
    expect(map.edges).toHaveLength(outgoing.length + incoming.length);
    expectSoundLayout(map);
    await expect(page.locator('.relation-list li', { hasText: '（编者）' }).count()).resolves.toBe([...outgoing, ...incoming].filter((other) => other.by === 'editor').length);
    await close();
  });
});

describe('the about page', () => {
  test('names the original, documents every relation type at the anchors the JSON-LD uses, and is accessible', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(at('about/'));
    await expect(page.getByRole('link', { name: 'Takeaways From 3 Years Working In Machine Learning' }).getAttribute('href')).resolves.toMatch(/^https:\/\/cerebralab\.com\//);
    for (const [type, term] of Object.entries(relationTypes)) {
      await expect(page.locator(`[id="relation-${type}"]`).textContent()).resolves.toContain(term.convention);
      await expect(page.locator(`[id="relation-${term.inverse.id}"]`).count()).resolves.toBe(1);
      await expect(page.locator(`[id="relation-${type}"] td`).last().textContent()).resolves.toBe(String(edges.filter((edge) => edge.type === type).length));
    }
    // What was read of the original, and where: the mirror is named as a mirror.
    await expect(page.getByRole('link', { name: 'GreaterWrong 镜像' }).getAttribute('href')).resolves.toMatch(/^https:\/\/www\.greaterwrong\.com\//);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/唯一的“五年”|7 个真相”是译者加的/);
    for (const id of ['responsibility', 'rights', 'original', 'claims', 'editor', 'revisions']) await expect(page.locator(`h2[id="${id}"]`).count(), id).resolves.toBe(1);
    // The record of revisions, newest first, and the edition's version and date taken from it.
    const revisions = readRevisions(claims);
    await expect(page.locator('main').textContent()).resolves.toContain(`第 ${revisions[0]!.version} 版，${revisions[0]!.date}`);
    await expect(page.locator('.revision h3').allTextContents()).resolves.toEqual(revisions.map((revision) => `第 ${revision.version} 版 · ${revision.date}`));
    await expect(page.locator('.revision-changes > li').count()).resolves.toBe(revisions.reduce((sum, revision) => sum + revision.changes.length, 0));
    // A change names claims by their id at the time; the links lead to their pages now.
    const renamed = page.locator('.revision-changes a[href$="/claims/tai-reinvents-trapezoidal-rule/"]');
    await expect(renamed.count()).resolves.toBeGreaterThan(0);
    const ld = JSON.parse((await (await page.request.get(at('claims/hardware-drives-progress/'))).text()).match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(ld['@context'][1].rel).toBe(`https://essay.example${path('about/')}#relation-`);
    await expectNoAxeViolations(page);
    await close();
  });
});
