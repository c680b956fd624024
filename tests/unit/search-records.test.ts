/** Which claims and sections become which search records, with which filters and meta. */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { claimRecord, searchRecords, sectionRecord } from '../../src/search/records.ts';
import { emptyState, pagefindFilters, parseState, queryTerms, stateToSearch } from '../../src/search/url-state.ts';
import { testClaim } from './helpers.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition);
const ordered = claims.map((claim, order) => ({ ...claim, order }));

describe('search records', () => {
  const records = searchRecords(sections, ordered);

  test('one per claim, then one per section, each with its kind', () => {
    expect(records).toHaveLength(claims.length + sections.length);
    expect(records.filter((record) => record.kind === 'claim').map((record) => record.meta.id)).toEqual(claims.map((claim) => claim.id));
    expect(records.filter((record) => record.kind === 'section').map((record) => record.url)).toEqual(sections.map((section) => `/${section.slug}/`));
  });

  test('a claim record opens the claim in context and carries its filters and meta', () => {
    const claim = ordered.find((candidate) => candidate.id === 'hardware-drives-progress')!;
    const record = claimRecord(claim, sections.find((section) => section.slug === claim.section)!);
    expect(record.url).toBe('/software-vs-hardware/#hardware-drives-progress');
    expect(record.filters).toEqual({ kind: ['claim'], type: ['prediction'], topic: claim.topics, section: ['software-vs-hardware'] });
    expect(record.meta).toMatchObject({ title: claim.title, title_en: claim.title_en, type: 'prediction', permalink: '/claims/hardware-drives-progress/', section_title: '什么是软件能做，而硬件做不到的？' });
    expect(record.meta.order).toBe(String(claim.order).padStart(4, '0'));
  });

  test('a claim record\'s document holds both titles, the quote, the note and both languages\' labels', () => {
    const claim = { ...testClaim({ id: 'test-claim', quote: '第一行\n第二行', note: '一条**批注**，见 [来源](https://example.com/)。', type: 'prediction', topics: ['automl', 'benchmarks'] }), order: 3 };
    const { content } = claimRecord(claim, { slug: 'automl', title: '自动化机器学习' });
    expect(content).toMatch(/^<!doctype html><html lang="zh-CN">/);
    for (const text of ['<h1>论断 test-claim</h1>', '<h2 lang="en">Claim test-claim</h2>', '<p>第一行</p><p>第二行</p>', '一条批注，见 来源。', '预测 Prediction', '自动化机器学习 AutoML', '基准与竞赛 Benchmarks and competitions']) {
      expect(content).toContain(text);
    }
    expect(content).toContain('<meta data-pagefind-filter="topic[content]" content="benchmarks">');
    expect(content).toContain('<meta data-pagefind-meta="permalink[content]" content="/claims/test-claim/">');
  });

  test('annotation text is escaped in the documents', () => {
    const claim = { ...testClaim({ id: 'escaped-claim', quote: 'a<b>"c"' }), order: 0 };
    const { content } = claimRecord(claim, { slug: 'automl', title: 'A & B' });
    expect(content).toContain('<p>a&lt;b&gt;&quot;c&quot;</p>');
    expect(content).toContain('content="A &amp; B"');
  });

  test('a section record has the section\'s whole text and sorts after the claims', () => {
    const record = sectionRecord(sections[3]!);
    expect(record.filters).toEqual({ kind: ['section'], section: ['automl'] });
    for (const line of sections[3]!.text.split('\n')) expect(record.content).toContain(`<p>${line}</p>`);
    expect(Number(record.meta.order)).toBeGreaterThan(claims.length);
  });
});

describe('search state in the URL', () => {
  const slugs = sections.map((section) => section.slug);

  test('round-trips query, facets and the full-text switch', () => {
    const state = { q: '硬件', type: ['prediction'], topic: ['hardware-vs-software', 'automl'], section: [], full: true };
    const search = stateToSearch(state);
    expect(search).toBe('?q=%E7%A1%AC%E4%BB%B6&type=prediction&topic=hardware-vs-software&topic=automl&full=1');
    expect(parseState(search, slugs)).toEqual(state);
    expect(stateToSearch(emptyState)).toBe('');
  });

  test('drops values that are not in the vocabulary', () => {
    expect(parseState('?topic=astrology&topic=automl&section=appendix&type=rumour', slugs)).toEqual({ ...emptyState, topic: ['automl'] });
  });

  test('becomes Pagefind filters: claims only unless full text is asked for, any value within a facet', () => {
    expect(pagefindFilters({ ...emptyState, topic: ['automl', 'benchmarks'] })).toEqual({ kind: 'claim', topic: { any: ['automl', 'benchmarks'] } });
    expect(pagefindFilters({ ...emptyState, full: true, type: ['process'] })).toEqual({ type: { any: ['process'] } });
  });

  test('splits a query into the words to highlight', () => {
    expect(queryTerms(' 硬件  hardware ')).toEqual(['硬件', 'hardware']);
  });
});
