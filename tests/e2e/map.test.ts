/**
 * The argument maps as readers meet them, in Chromium against the built site: the whole essay
 * (its central question, the sections in order, one titled panel each), each section's map, each
 * claim's neighbourhood; drawn boxes, lines and references checked against the data, and the
 * layout checked as rendered (no sideways scrolling, no line through a box it does not join, every
 * label inside its box), at a wide screen and a phone, in both themes and on paper, by keyboard;
 * and the about page that documents the relations.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readEssay, readRevisions } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { relationEdges, relationsOf } from '../../src/claims/relations.ts';
import { relationTypes } from '../../src/claims/vocabulary.ts';
import { claimPlaces } from '../../src/map/claim-graph.ts';
import { paragraphsRead } from '../../src/essay/original.ts';
import { correctionsUrl } from './global-setup.ts';
import { openPage, expectNoAxeViolations, sharedBrowser } from './browser.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition);
const edges = relationEdges(claims);
const sectionOf = new Map(claims.map((claim) => [claim.id, claim.section]));
const places = claimPlaces(claims, sections);
const site = inject('sites').base;
const at = (path: string) => new URL(path, site.url).href;
const path = (local: string) => `${site.base}${local}`;
const edgeKey = ({ source, target, type }: { source: string; target: string; type: string }) => `${source} ${type} ${target}`;
/** What a list prints after a relation: who drew it, and the one reading it holds under. */
const marks = ({ by, reading }: { by: string; reading?: string | undefined }) => `${by === 'editor' ? '（编者）' : ''}${reading ? `（仅在一种读法下：${reading}）` : ''}`;
const within = edges.filter((edge) => sectionOf.get(edge.source) === sectionOf.get(edge.target));
const across = edges.filter((edge) => sectionOf.get(edge.source) !== sectionOf.get(edge.target));

const browser = sharedBrowser();

/**
 * What the maps shown on the page draw, each as the reader sees it (hidden variants left out), in
 * page coordinates: boxes with their labels, references, and lines sampled every 2 px.
 */
function shownMaps(page: Page, selector = 'svg.map-svg') {
  return page.locator(selector).evaluateAll((svgs) =>
    svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x: x + scrollX, y: y + scrollY, width, height };
      };
      return {
        width: svg.getBoundingClientRect().width,
        right: svg.getBoundingClientRect().right,
        nodes: [...svg.querySelectorAll('a.map-node')].map((node) => ({
          id: node.getAttribute('data-claim')!,
          href: node.getAttribute('href')!,
          classes: node.getAttribute('class')!,
          box: box(node.querySelector('rect')!),
          labels: [...node.querySelectorAll(':scope > text')].map(box),
          name: node.textContent!.trim(),
        })),
        refs: [...svg.querySelectorAll('a.map-ref')].map((ref) => ({ claim: ref.getAttribute('data-claim')!, other: ref.getAttribute('data-other')!, href: ref.getAttribute('href')!, text: ref.textContent!.trim(), label: box(ref.querySelector('text')!) })),
        edges: [...svg.querySelectorAll('path.map-edge')].map((edge) => {
          const path = edge as SVGPathElement;
          const matrix = path.getScreenCTM()!;
          const length = path.getTotalLength();
          const points = [];
          for (let at = 0; at <= length; at += 2) {
            const point = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
            points.push({ x: point.x + scrollX, y: point.y + scrollY });
          }
          return { source: edge.getAttribute('data-source')!, target: edge.getAttribute('data-target')!, type: [...edge.classList].find((name) => name.startsWith('rel-'))!.slice(4), length, points };
        }),
      };
    }),
  );
}

type Shown = Awaited<ReturnType<typeof shownMaps>>[number];

/** Boxes apart, labels and references inside their boxes, and no line inside a box it does not join. */
function expectSoundLayout(map: Shown, name: string) {
  const inside = (point: { x: number; y: number }, box: Shown['nodes'][0]['box'], margin = 1) =>
    point.x > box.x + margin && point.x < box.x + box.width - margin && point.y > box.y + margin && point.y < box.y + box.height - margin;
  const overlap = (a: Shown['nodes'][0]['box'], b: Shown['nodes'][0]['box']) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  map.nodes.forEach((a, index) => map.nodes.slice(index + 1).forEach((b) => expect(overlap(a.box, b.box), `${name}: ${a.id} overlaps ${b.id}`).toBe(false)));
  for (const node of map.nodes) {
    for (const label of node.labels) {
      expect(label.x >= node.box.x && label.y >= node.box.y && label.x + label.width <= node.box.x + node.box.width && label.y + label.height <= node.box.y + node.box.height, `${name}: a label of ${node.id} lies outside its box`).toBe(true);
    }
  }
  for (const ref of map.refs) {
    const node = map.nodes.find((candidate) => candidate.id === ref.claim)!;
    expect(ref.label.x + ref.label.width <= node.box.x + node.box.width && ref.label.y + ref.label.height <= node.box.y + node.box.height, `${name}: reference ${ref.text} lies outside ${node.id}`).toBe(true);
  }
  for (const edge of map.edges) {
    for (const node of map.nodes) {
      if (node.id === edge.source || node.id === edge.target) continue;
      expect(edge.points.some((point) => inside(point, node.box)), `${name}: ${edge.source} → ${edge.target} passes through ${node.id}`).toBe(false);
    }
  }
}

const noSidewaysScrolling = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the essay map', () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`at ${viewport.width} px: no sideways scrolling; every section titled, in essay order, its claims in order; every relation a line or a reference in both boxes; no line through a box`, async () => {
      const { page, errors, close } = await openPage(browser(), { viewport });
      await page.goto(at('map/'));
      await expect.poll(() => noSidewaysScrolling(page)).toBe(true);
      const panels = await page.locator('section.map-panel[id^="panel-"]').evaluateAll((elements) => elements.map((element) => ({ id: element.id, heading: element.querySelector('h2')!.textContent!, top: element.getBoundingClientRect().top })));
      expect(panels.map((panel) => panel.id)).toEqual(sections.map((section) => `panel-${section.slug}`));
      expect(panels.map((panel) => panel.heading)).toEqual(sections.map((section) => (section.order === 0 ? '引言' : `第 ${section.order} 节 · ${section.title}`)));
      expect(panels.map((panel) => panel.top)).toEqual([...panels.map((panel) => panel.top)].sort((a, b) => a - b));
      const maps = await shownMaps(page, 'section.map-panel[id^="panel-"] svg.map-svg');
      expect(maps).toHaveLength(sections.length);
      sections.forEach((section, index) => {
        const map = maps[index]!;
        const own = claims.filter((claim) => claim.section === section.slug);
        expect(map.right, section.slug).toBeLessThanOrEqual(viewport.width);
        expect(map.nodes.map((node) => node.id), section.slug).toEqual(own.map((claim) => claim.id));
        expect(map.nodes.map((node) => node.box.y)).toEqual([...map.nodes.map((node) => node.box.y)].sort((a, b) => a - b));
        for (const node of map.nodes) {
          expect(node.href).toBe(path(`claims/${node.id}/`));
          expect(node.name.replace(/\s/g, '')).toContain(claims.find((claim) => claim.id === node.id)!.title.replace(/\s/g, ''));
        }
        expect(map.edges.map(edgeKey).sort()).toEqual(within.filter((edge) => sectionOf.get(edge.source) === section.slug).map(edgeKey).sort());
        expect(map.edges.every((edge) => edge.length > 0)).toBe(true);
        expectSoundLayout(map, `${viewport.width} ${section.slug}`);
      });
      // A relation between sections: a reference in each of its boxes, leading to the other box on this page.
      const refs = maps.flatMap((map) => map.refs);
      expect(refs).toHaveLength(2 * across.length);
      const prefix = viewport.width < 720 ? 'n' : 'w';
      for (const edge of across) {
        const out = refs.find((ref) => ref.claim === edge.source && ref.other === edge.target)!;
        expect(out.text).toContain(`${relationTypes[edge.type].zh} → ${places.place(edge.target)}`);
        expect(out.href).toBe(`#${prefix}-${edge.target}`);
        expect(refs.find((ref) => ref.claim === edge.target && ref.other === edge.source)!.text).toContain(`${relationTypes[edge.type].inverse.zh} ← ${places.place(edge.source)}`);
      }
      await expect.poll(() => page.locator(`#${prefix}-${across[0]!.target}`).isVisible()).toBe(true);
      // The overview: the sections in order, their relations as lines between them.
      const [overview] = await shownMaps(page, '#map-overview-caption ~ .map-frame svg');
      expect(overview!.nodes.map((node) => node.id)).toEqual(sections.map((section) => section.slug));
      expectSoundLayout(overview!, `${viewport.width} overview`);
      await expect.poll(() => page.locator('[style]').count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    });
  }

  test('the central question comes first, with the claims that answer or take it further', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(at('map/'));
    const central = page.locator('.map-central');
    // The essay names no central question: the heading says whose construction it is.
    await expect.poll(() => central.locator('h2').textContent()).toBe('中心问题（编者所定）');
    await expect.poll(() => central.textContent()).toContain('原文没有说哪个问题是全文的中心');
    await expect.poll(() => central.locator('a').first().textContent()).toBe(claims.find((claim) => claim.id === 'research-purpose-mystery')!.title);
    const toward = edges.filter((edge) => edge.target === 'research-purpose-mystery' && edge.type !== 'contradicts');
    await expect.poll(() => central.locator('.central-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(toward.map((edge) => path(`claims/${edge.source}/`)));
    await expect.poll(() => page.locator('a.map-node.is-central[data-claim-type]:visible').getAttribute('data-claim')).toBe('research-purpose-mystery');
    await close();
  });

  test('the text version lists every claim with its place, its relations out and in', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(at('map/'));
    const items = await page.locator('#map-text .map-list > li').evaluateAll((lis) => lis.map((li) => ({
      place: li.querySelector(':scope > .map-place')!.textContent,
      href: li.querySelector(':scope > a')!.getAttribute('href'),
      relations: [...li.querySelectorAll('ul > li')].map((relation) => ({ text: relation.textContent!, href: relation.querySelector('a')!.getAttribute('href') })),
    })));
    expect(items.map((item) => item.href)).toEqual(claims.map((claim) => path(`claims/${claim.id}/`)));
    claims.forEach((claim, index) => {
      const item = items[index]!;
      expect(item.place).toBe(places.place(claim.id));
      const { outgoing, incoming } = relationsOf(claims, claim.id);
      expect(item.relations.map((relation) => relation.href)).toEqual([...outgoing, ...incoming].map((other) => path(`claims/${other.claim.id}/`)));
      outgoing.forEach((relation, nth) => {
        expect(item.relations[nth]!.text.startsWith(`${relationTypes[relation.type].zh} → ${places.place(relation.claim.id)}`)).toBe(true);
        expect(item.relations[nth]!.text.endsWith(`${relation.claim.title}${marks(relation)}`), claim.id).toBe(true);
      });
      incoming.forEach((relation, nth) => {
        expect(item.relations[outgoing.length + nth]!.text.startsWith(`${relationTypes[relation.type].inverse.zh} ← ${places.place(relation.claim.id)}`)).toBe(true);
        expect(item.relations[outgoing.length + nth]!.text.endsWith(`${relation.claim.title}${marks(relation)}`), claim.id).toBe(true);
      });
    });
    await close();
  });

  test('a relation that holds under one reading only is shown as such on every map and list that draws it', async () => {
    const onReading = edges.filter((edge) => edge.reading);
    expect(onReading.length).toBeGreaterThan(0);
    const { page, close } = await openPage(browser());
    for (const edge of onReading) {
      const [source, target] = [edge.source, edge.target];
      // The section map: a ringed line when both ends are on it, a labelled reference otherwise.
      await page.goto(at(`map/${sectionOf.get(source)}/`));
      if (sectionOf.get(source) === sectionOf.get(target)) {
        await expect.poll(() => page.locator(`path.map-edge.on-reading[data-source="${source}"][data-target="${target}"]`).count()).toBeGreaterThan(0);
      } else {
        const ref = page.locator(`a.map-ref.on-reading[data-claim="${source}"][data-other="${target}"]`).first();
        await expect.poll(() => ref.locator('text').textContent()).toMatch(/○$/);
        await expect.poll(() => ref.getAttribute('aria-label')).toMatch(/（仅在一种读法下）$/);
      }
      await expect.poll(() => page.locator('.map-legend').first().textContent()).toContain('连线起点或方框里的“○”：仅在一种读法下成立');
      // Both claims' pages say it beside the relation, with the reading.
      for (const [id, other] of [[source, target], [target, source]] as const) {
        await page.goto(at(`claims/${id}/`));
        const item = page.locator('.relation-list li', { has: page.locator(`a[href="${path(`claims/${other}/`)}"]`) });
        await expect.poll(() => item.locator('.reading-label').textContent(), { message: `${id} → ${other}` }).toBe(`（仅在一种读法下：${edge.reading}）`);
      }
    }
    // The whole-essay map draws every such line ringed, in both sizes.
    await page.goto(at('map/'));
    for (const edge of onReading.filter((candidate) => sectionOf.get(candidate.source) === sectionOf.get(candidate.target))) {
      await expect.poll(() => page.locator(`path.map-edge.on-reading[data-source="${edge.source}"][data-target="${edge.target}"]`).count()).toBe(2);
    }
    await expect.poll(() => page.locator('path.map-edge.on-reading').count()).toBe(2 * onReading.filter((edge) => sectionOf.get(edge.source) === sectionOf.get(edge.target)).length);
    await close();
  });

  test('by keyboard: the skip link passes the maps, and the boxes come in essay order', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(at('map/'));
    await page.locator('a.skip-map').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#map-text');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement!.closest('#map-text') !== null)).toBe(true);
    // Tab through the first panels: boxes in essay order, each box's references right after it.
    await page.locator('#panel-introduction h2').evaluate((heading) => { heading.setAttribute('tabindex', '-1'); (heading as HTMLElement).focus(); });
    const reached: string[] = [];
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement?.matches('a.map-node') ? document.activeElement.getAttribute('data-claim') : null));
      if (id) reached.push(id);
    }
    const ordered = claims.map((claim) => claim.id).filter((id) => reached.includes(id));
    expect(reached.length).toBeGreaterThan(10);
    expect(reached).toEqual(ordered);
    const focused = page.locator('a.map-node[data-claim-type]:visible').first();
    await focused.focus();
    await expect.poll(() => focused.evaluate((element) => getComputedStyle(element.querySelector('rect')!).strokeWidth)).toBe('3px');
    await page.keyboard.press('Enter');
    await page.waitForURL(at(`claims/${claims[0]!.id}/`));
    await close();
  });

  test('boxes take their type\'s colour, in light and in dark; axe finds nothing in either', async () => {
    const colours: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser(), { colorScheme });
      await page.goto(at('map/'));
      colours[colorScheme] = await page.locator('a.map-node[data-claim-type="thesis"]:visible rect, a.map-node[data-claim-type="question"]:visible rect').evaluateAll((rects) =>
        rects.slice(0, 1).concat(rects.slice(-1)).map((rect) => `${getComputedStyle(rect).stroke} ${getComputedStyle(rect).fill}`));
      await expectNoAxeViolations(page);
      await close();
    }
    expect(new Set(colours.light).size).toBe(2);
    expect(colours.light).not.toEqual(colours.dark);
  });

  test('in forced colours every line, in the maps and the legend, is the text colour, each relation type its own dashes', async () => {
    const { page, close } = await openPage(browser(), { forcedColors: 'active' });
    await page.goto(at('map/'));
    const lines = await page.locator('.map-edge:visible').evaluateAll((edges) => edges.map((edge) => {
      const style = getComputedStyle(edge);
      const type = [...edge.classList].find((name) => name.startsWith('rel-') && name !== 'rel-between-sections');
      return { type, stroke: style.stroke, dashes: style.strokeDasharray };
    }));
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(lines.length).toBeGreaterThan(10);
    expect([...new Set(lines.map((line) => line.stroke))]).toEqual([text]);
    const dashes = new Map(lines.filter((line) => line.type).map((line) => [line.type!, line.dashes]));
    expect(dashes.size).toBeGreaterThanOrEqual(5);
    expect(new Set(dashes.values()).size, JSON.stringify([...dashes])).toBe(dashes.size);
    await close();
  });

  test('prints the wide maps within the page', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(at('map/'));
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => matchMedia('print').matches);
    const widths = await page.locator('svg.map-svg').evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => svg.classList.contains('map-wide') && svg.getBoundingClientRect().width <= document.querySelector('main')!.getBoundingClientRect().width + 1));
    expect(widths.length).toBe(sections.length + 1);
    expect(widths.every(Boolean)).toBe(true);
    await close();
  });
});

describe('a section\'s map', () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    test(`at ${viewport.width} px: the section's claims in order, lines among them, references to other sections opening in context`, async () => {
      const { page, errors, close } = await openPage(browser(), { viewport });
      await page.goto(at('automl/'));
      await page.getByRole('link', { name: '本节论证图' }).click();
      await page.waitForURL(at('map/automl/'));
      await expect.poll(() => noSidewaysScrolling(page)).toBe(true);
      const [map] = await shownMaps(page);
      const own = claims.filter((claim) => claim.section === 'automl');
      expect(map!.nodes.map((node) => node.id)).toEqual(own.map((claim) => claim.id));
      expect(map!.edges.map(edgeKey).sort()).toEqual(within.filter((edge) => sectionOf.get(edge.source) === 'automl').map(edgeKey).sort());
      const touching = across.filter((edge) => sectionOf.get(edge.source) === 'automl' || sectionOf.get(edge.target) === 'automl');
      expect(map!.refs).toHaveLength(touching.length);
      for (const ref of map!.refs) expect(ref.href).toBe(path(`${sectionOf.get(ref.other)}/#${ref.other}`));
      for (const node of map!.nodes) expect(node.href).toBe(path(`automl/#${node.id}`));
      expectSoundLayout(map!, `${viewport.width} automl`);
      // Each reference a target of 24 px or more (WCAG 2.5.8), the lines of one box not overlapping.
      const targets = await page.locator('a.map-ref:visible').evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ top, bottom, height }) => ({ top, bottom, height })));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(target.height).toBeGreaterThanOrEqual(24);
      const sorted = targets.toSorted((a, b) => a.top - b.top);
      for (const [index, target] of sorted.slice(1).entries()) expect(target.top).toBeGreaterThanOrEqual(sorted[index]!.bottom - 0.5);
      await page.locator(`a.map-node[data-claim="${own[0]!.id}"]:visible`).click();
      await page.waitForURL(at(`automl/#${own[0]!.id}`));
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('a claim\'s neighbourhood', () => {
  test('is drawn on its page, fitting a 360 px phone: the claim stressed, its neighbours in essay order, its relations both ways', async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
      const { page, close } = await openPage(browser(), { viewport });
      for (const claim of claims.filter((candidate) => ['hardware-drives-progress', 'research-purpose-mystery'].includes(candidate.id))) {
        const { outgoing, incoming } = relationsOf(claims, claim.id);
        await page.goto(at(`claims/${claim.id}/`));
        await expect.poll(() => noSidewaysScrolling(page)).toBe(true);
        const [map] = await shownMaps(page);
        expect(map!.right).toBeLessThanOrEqual(viewport.width);
        const near = new Set([claim.id, ...outgoing.map((other) => other.claim.id), ...incoming.map((other) => other.claim.id)]);
        expect(map!.nodes.map((node) => node.id)).toEqual(claims.filter((candidate) => near.has(candidate.id)).map((candidate) => candidate.id));
        expect(map!.nodes.find((node) => node.id === claim.id)!.classes).toContain('is-focus');
        expect(map!.edges).toHaveLength(outgoing.length + incoming.length);
        expectSoundLayout(map!, `${viewport.width} ${claim.id}`);
        await expect.poll(() => page.locator('.relation-list li', { hasText: '（编者）' }).count()).toBe([...outgoing, ...incoming].filter((other) => other.by === 'editor').length);
      }
      await close();
    }
  });
});

describe('the about page', () => {
  test('names the original, documents every relation type at the anchors the JSON-LD uses, and is accessible', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(at('about/'));
    await expect.poll(() => page.getByRole('link', { name: 'Takeaways From 3 Years Working In Machine Learning' }).getAttribute('href')).toMatch(/^https:\/\/cerebralab\.com\//);
    for (const [type, term] of Object.entries(relationTypes)) {
      await expect.poll(() => page.locator(`[id="relation-${type}"]`).textContent()).toContain(term.convention);
      await expect.poll(() => page.locator(`[id="relation-${term.inverse.id}"]`).count()).toBe(1);
      await expect.poll(() => page.locator(`[id="relation-${type}"] td`).last().textContent()).toBe(String(edges.filter((edge) => edge.type === type).length));
    }
    // What was read of the original, and where: the mirror is named as a mirror.
    await expect.poll(() => page.getByRole('link', { name: 'GreaterWrong 镜像' }).getAttribute('href')).toMatch(/^https:\/\/www\.greaterwrong\.com\//);
    await expect.poll(() => page.locator('main').textContent()).not.toMatch(/唯一的“五年”|7 个真相”是译者加的/);
    // The record says what each review changed; it prints no grade.
    await expect.poll(() => page.locator('#revisions ~ .revision').allTextContents()).not.toEqual([]);
    for (const text of await page.locator('.revision').allTextContents()) expect(text).not.toMatch(/评为|(?<![A-Za-z])[A-F][+−-](?![A-Za-z\d])/);
    // The English read, paragraph by paragraph, attributed, each checked reading traceable to it.
    await expect.poll(() => page.locator('.original-read blockquote').count()).toBe(paragraphsRead.length);
    await expect.poll(() => page.locator('#original-read').textContent()).toBe('附：编者读到的英文原文');
    // Where a reader reports an error, and who answers.
    await expect.poll(() => page.locator('h2#corrections + p a').getAttribute('href')).toBe(correctionsUrl);
    await expect.poll(() => page.locator('h2#corrections + p').textContent()).toMatch(/编辑组在那里答复/);
    for (const id of ['responsibility', 'corrections', 'rights', 'original', 'claims', 'editor', 'revisions', 'original-read']) await expect.poll(() => page.locator(`h2[id="${id}"]`).count(), { message: id }).toBe(1);
    // The record of revisions, newest first, and the edition's version and date taken from it.
    const revisions = readRevisions(claims);
    await expect.poll(() => page.locator('main').textContent()).toContain(`第 ${revisions[0]!.version} 版，${revisions[0]!.date}`);
    await expect.poll(() => page.locator('.revision h3').allTextContents()).toEqual(revisions.map((revision) => `第 ${revision.version} 版 · ${revision.date}`));
    await expect.poll(() => page.locator('.revision-changes > li').count()).toBe(revisions.reduce((sum, revision) => sum + revision.changes.length, 0));
    // A change names claims by their id at the time; the links lead to their pages now.
    const renamed = page.locator('.revision-changes a[href$="/claims/tai-reinvents-trapezoidal-rule/"]');
    await expect.poll(() => renamed.count()).toBeGreaterThan(0);
    const ld = JSON.parse((await (await page.request.get(at('claims/hardware-drives-progress/'))).text()).match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(ld['@context'][1].rel).toBe(`https://essay.example${path('about/')}#relation-`);
    await expectNoAxeViolations(page);
    await close();
  });
});
