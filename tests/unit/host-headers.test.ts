/** The `_headers` file: every page's policy as a header, once, plus framing, sniffing and caching rules. */
import { describe, expect, test } from 'vitest';
import { headerPolicy, headerRules, headersFile, parseHeadersFile, ruleMatches, type PagePolicy } from '../../src/deploy/headers.ts';

const common = "default-src 'none';script-src 'self' 'sha256-a';";
const pages: PagePolicy[] = [
  { path: '', policy: common },
  { path: '404.html', policy: common },
  { path: 'claims/', policy: common },
  { path: 'claims/a-claim/', policy: common },
  { path: 'claims/b-claim/', policy: common },
  { path: 'automl/', policy: "default-src 'none';style-src 'self' 'sha256-s';" },
  { path: 'map/', policy: common },
  { path: 'map/automl/', policy: "default-src 'none';style-src 'self' 'sha256-m';" },
];

const policiesFor = (rules: ReturnType<typeof headerRules>, path: string) =>
  rules.filter((rule) => ruleMatches(rule.pattern, path)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value));

describe('_headers', () => {
  for (const base of ['/', '/seven-truths/']) {
    test(`every page gets exactly its own policy, with framing forbidden (base ${base})`, () => {
      const rules = headerRules(pages, base);
      for (const page of pages) {
        expect(policiesFor(rules, `${base}${page.path}`), page.path).toEqual([headerPolicy(page.policy)]);
      }
      expect(headerPolicy(common)).toBe(`default-src 'none';script-src 'self' 'sha256-a'; frame-ancestors 'none'`);
    });
  }

  test('a folder whose pages share one policy gets one rule; a folder with several gets a rule per page', () => {
    const patterns = headerRules(pages, '/').map((rule) => rule.pattern);
    expect(patterns).toContain('/claims/*');
    expect(patterns).not.toContain('/claims/a-claim/');
    expect(patterns).toEqual(expect.arrayContaining(['/map/', '/map/automl/', '/automl/', '/', '/404.html']));
    expect(patterns).not.toContain('/map/*');
  });

  test('sniffing and the referrer policy everywhere; a year of caching for hashed files only', () => {
    const rules = headerRules(pages, '/');
    const cacheFor = (path: string) => rules.filter((rule) => ruleMatches(rule.pattern, path)).flatMap((rule) => rule.headers).filter(([name]) => name === 'Cache-Control');
    expect(cacheFor('/_astro/page.Ab12.css')).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(cacheFor('/pagefind/fragment/zh-cn_11bc066.pf_fragment')).toHaveLength(1);
    expect(cacheFor('/pagefind/pagefind.js')).toEqual([]);
    expect(cacheFor('/automl/')).toEqual([]);
    const everywhere = rules.find((rule) => rule.pattern === '/*')!.headers;
    expect(everywhere).toEqual([['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']]);
  });

  test('the file reads back as the rules it was written from', () => {
    const rules = headerRules(pages, '/seven-truths/');
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });
});
