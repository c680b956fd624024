/**
 * Checks over every built page: HTML validity, internal links and fragments, unique ids, the
 * content security policy and _headers, share images, refreshes, keyboard-only use, and every
 * page's text and claim cards without JavaScript (axe over every page: ./accessibility.test.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { openPage, sharedBrowser } from './browser.ts';
import { fileFor, isRedirect, pagesOf } from './built-pages.ts';
import { readEssay } from '../../src/source.ts';
import { headerPolicy, parseHeadersFile, ruleMatches } from '../../src/deploy/headers.ts';

const { claims, edition } = readEssay();
const sectionSlugs = new Set<string>(edition.sections.map((section) => section.slug));
/** One page of every kind the site has. */
const pageKinds = ['', 'introduction/', 'automl/', 'claims/', 'claims/hardware-drives-progress/', 'topics/', 'topics/automl/', 'types/', 'types/process/', 'search/', 'map/', 'map/automl/', 'about/', 'notes/', '404.html'];

const sites = inject('sites');

describe.each(Object.entries(sites))('every page of the %s build', (_name, site) => {
  const pages = pagesOf(site.dir);
  const html = (path: string) => readFileSync(fileFor(site.dir, path), 'utf8');

  test('there are pages of every kind', () => {
    for (const path of pageKinds) expect(pages).toContain(path);
  });

  test('without JavaScript no page is blank, and every claim marker opens a card holding its note', () => {
    const problems: string[] = [];
    let markers = 0;
    for (const path of pages.filter((path) => !isRedirect(site.dir, path))) {
      const tree = fromHtml(html(path));
      const byId = new Map<string, Element>();
      let main: Element | undefined;
      visit(tree, 'element', (node) => {
        if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
        if (node.tagName === 'main') main = node;
      });
      if (!main || toString(main).trim().length <= 40) problems.push(`${path}: <main> is blank`);
      visit(tree, 'element', (node) => {
        if (!(node.properties.className as string[] | undefined)?.includes('claim-marker')) return;
        markers += 1;
        const target = String(node.properties.popoverTarget);
        const card = byId.get(target);
        let note = '';
        if (card) visit(card, 'element', (inner) => void ((inner.properties.className as string[] | undefined)?.includes('claim-note') && (note += toString(inner))));
        if (card?.properties.popover === undefined || !note.trim()) problems.push(`${path}: marker → #${target} opens no card with a note`);
      });
    }
    expect(problems).toEqual([]);
    expect(markers).toBeGreaterThanOrEqual(claims.length);
  });

  test('passes html-validate\'s recommended rules with no error', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // The search page's facets are checkboxes sharing a name, one value each (type=a&type=b), as forms do.
      rules: { 'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }] },
    });
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(html(path), path || 'index.html');
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('nothing follows </html> on any page (the Nu checker reports a stray tag there)', () => {
    const trailing = pages.filter((path) => !html(path).trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });

  test('_headers gives every page the policy of its meta tag, once, with framing forbidden, in at most 100 rules', () => {
    const rules = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const path of pages) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html(path))?.[1];
      expect(meta, path).toBeDefined();
      const policies = rules.filter((rule) => ruleMatches(rule.pattern, `${site.base}${path}`)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value));
      expect(policies, path).toEqual([headerPolicy(meta!)]);
    }
  });

  test('every page names a share image of 1200×630 that the build holds, with its alternative text', () => {
    for (const path of pages) {
      const page = html(path);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
      expect(image, path).toBeDefined();
      const file = join(site.dir, new URL(image!, site.url).pathname.slice(site.base.length));
      expect(existsSync(file), `${path} → ${image}`).toBe(true);
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      expect(page, path).toMatch(/<meta property="og:image:alt" content="[^"]+">/);
      expect(page, path).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
  });

  // The Nu HTML Checker's reading of a refresh: a valid one needs whitespace after the semicolon.
  test('every refresh page is a valid refresh to a page of the build', () => {
    const refreshes = pages.filter((path) => isRedirect(site.dir, path));
    expect(refreshes.length).toBe(claims.reduce((sum, claim) => sum + claim.former_ids.length, 0));
    for (const path of refreshes) {
      const content = /<meta http-equiv="refresh" content="([^"]*)"/.exec(html(path))?.[1];
      const target = /^\d+;[\t\n\f\r ]+url=(\S+)$/i.exec(content ?? '')?.[1];
      expect(target, `${path}: content="${content}"`).toBeDefined();
      expect(existsSync(fileFor(site.dir, target!.slice(site.base.length))), `${path} → ${target}`).toBe(true);
    }
  });

  test('has unique ids, and every internal link and fragment resolves', () => {
    const idsOf = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const path of pages) {
      const ids = new Set<string>();
      visit(fromHtml(html(path)), 'element', (node) => {
        const id = node.properties.id;
        if (typeof id === 'string') {
          expect(ids.has(id), `duplicate id ${id} on ${path}`).toBe(false);
          ids.add(id);
        }
        for (const attribute of ['href', 'src', 'action', 'popoverTarget'] as const) {
          const value = node.properties[attribute];
          if (typeof value !== 'string') continue;
          links.push({ from: path, href: attribute === 'popoverTarget' ? `#${value}` : value });
        }
      });
      idsOf.set(path, ids);
    }
    const origin = 'http://site.test';
    const broken: string[] = [];
    for (const { from, href } of links) {
      const url = new URL(href, `${origin}${site.base}${from}`);
      if (url.origin !== origin || href.startsWith('https://essay.example')) continue;
      if (!url.pathname.startsWith(site.base)) {
        broken.push(`${from}: ${href} is outside the base ${site.base}`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(site.base.length));
      if (!existsSync(fileFor(site.dir, target))) {
        broken.push(`${from}: ${href} has no file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf.get(target)?.has(fragment)) broken.push(`${from}: ${href} names no element`);
    }
    expect(broken).toEqual([]);
    expect(links.length).toBeGreaterThan(1000);
  });
});

describe('in Chromium', () => {
  const site = sites.root;
  const pages = pagesOf(site.dir).filter((path) => !isRedirect(site.dir, path));
  const at = (path: string) => new URL(path, site.url).href;
  const browser = sharedBrowser();

  test('no page scrolls sideways on a 320 px screen', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages.filter((path) => !path.startsWith('claims/') || path === 'claims/' || path === 'claims/hardware-drives-progress/')) {
      await page.goto(at(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await close();
  }, 300_000);

  test('no page breaks the content security policy or logs an error, searching and opening cards included', async () => {
    const { page, errors, close } = await openPage(browser());
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (report: string) => violations.push(report));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (report: string) => void }).reportViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of pages.filter((path) => !path.startsWith('claims/') || path === 'claims/' || path === 'claims/hardware-drives-progress/')) {
      await page.goto(at(path));
      const marker = page.locator('.claim-marker').first();
      if (await marker.count()) {
        await marker.click();
        await page.keyboard.press('Escape');
        // Closing the card takes its history entry back; let that finish before going on.
        await page.waitForFunction(() => history.state?.card === undefined);
      }
    }
    await page.goto(at('search/?q=%E7%A1%AC%E4%BB%B6&full=1'));
    await page.waitForSelector('.search-result');
    await page.locator('.search-result .result-title a').first().click();
    await page.waitForSelector('mark.pagefind-highlight');
    expect(violations).toEqual([]);
    expect(errors.filter((error) => !error.includes('404.html'))).toEqual([]);
    await close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`a renamed claim's old permalink and old fragment lead to it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, close } = await openPage(browser(), { javaScriptEnabled });
      const renamed = claims.flatMap((claim) => claim.former_ids.map((former) => ({ former, claim })));
      expect(renamed.length).toBeGreaterThan(0);
      for (const site of Object.values(sites)) {
        for (const { former, claim: { id, section } } of renamed) {
          await page.goto(new URL(`claims/${former}/`, site.url).href);
          await page.waitForURL(new URL(`claims/${id}/`, site.url).href);
          await page.goto(new URL(`${section}/#${former}`, site.url).href);
          const claim = page.locator(`[id="${id}"]`);
          await expect.poll(() => claim.evaluate((element) => element.matches(':has(> :target)')), { message: former }).toBe(true);
          await expect.poll(() => claim.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
        }
      }
      await close();
    });
  }

  test('keyboard only: read a section, open a claim card, follow it to its page, and search', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(at('automl/'));
    const tabTo = async (predicate: () => boolean) => {
      for (let presses = 0; presses < 150; presses++) {
        if (await page.evaluate(predicate)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('never reached by Tab');
    };
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await tabTo(() => document.activeElement?.classList.contains('claim-marker') ?? false);
    const card = await page.evaluate(() => document.activeElement!.getAttribute('popovertarget')!);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[id="${card}"]`).evaluate((element) => element.matches(':popover-open'))).toBe(true);
    await tabTo(() => document.activeElement?.textContent === '论断页面');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/claims/${card.replace(/--card$/, '')}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('AutoML');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-result');
    await tabTo(() => document.activeElement?.closest('.search-result') !== null);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    await close();
  });

  // Every page's text and cards are checked in its HTML above; here the browser() opens, without
  // JavaScript, every card of every section and one page of each other kind.
  test('without JavaScript no page is blank, and every claim card opens', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    const sampled = pages.filter((path) => sectionSlugs.has(path.slice(0, -1)) || pageKinds.includes(path));
    for (const path of [...pageKinds, ...[...sectionSlugs].map((slug) => `${slug}/`)]) expect(sampled).toContain(path);
    let cards = 0;
    for (const path of sampled) {
      await page.goto(at(path));
      const text = await page.locator('main').innerText();
      expect(text.trim().length, path).toBeGreaterThan(40);
      const markers = page.locator('.claim-marker');
      for (let index = 0; index < (await markers.count()); index++) {
        const marker = markers.nth(index);
        const card = page.locator(`[id="${await marker.getAttribute('popovertarget')}"]`);
        await marker.click();
        await expect.poll(() => card.evaluate((element) => element.matches(':popover-open')), { message: `${path} card ${index}` }).toBe(true);
        await expect.poll(() => card.locator('.claim-note').innerText()).not.toBe('');
        await page.keyboard.press('Escape');
        cards += 1;
      }
    }
    expect(cards).toBeGreaterThanOrEqual(claims.length);
    await close();
  }, 600_000);
});
