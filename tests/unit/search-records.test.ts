/** Which claims and passages become which search records, with which filters and meta. */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { spacedWords } from '../../src/search/query.ts';
import { claimRecord, passageRecords, searchRecords } from '../../src/search/records.ts';
import { emptyState, parseState, stateToSearch } from '../../src/search/url-state.ts';
import { testClaim } from './helpers.ts';
import { escapeHtml } from '../../src/escape-html.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition);
const ordered = claims.map((claim, order) => ({ ...claim, order }));

describe('search records', () => {
  const records = searchRecords(sections, ordered);

  test('one per claim, then one per block of each section, each with its kind', () => {
    const blocks = sections.reduce((sum, section) => sum + section.blocks.length, 0);
    expect(records).toHaveLength(claims.length + blocks);
    expect(records.filter((record) => record.kind === 'claim').map((record) => record.meta.id)).toEqual(claims.map((claim) => claim.id));
    expect(records.filter((record) => record.kind === 'section').map((record) => record.url)).toEqual(
      sections.flatMap((section) => section.blocks.map((_, index) => `/${section.slug}/#p${index + 1}`)),
    );
  });

  test('a claim record opens the claim in context and carries its filters and meta', () => {
    const claim = ordered.find((candidate) => candidate.id === 'hardware-drives-progress')!;
    const record = claimRecord(claim, sections.find((section) => section.slug === claim.section)!);
    expect(record.url).toBe('/software-vs-hardware/#hardware-drives-progress');
    expect(record.filters).toEqual({ kind: ['claim'], type: ['prediction'], topic: claim.topics, section: ['software-vs-hardware'] });
    expect(record.meta).toMatchObject({ title: claim.title, title_en: claim.title_en, type: 'prediction', type_label: '预测', permalink: '/claims/hardware-drives-progress/', section_title: '什么是软件能做，而硬件做不到的？' });
    expect(record.meta.order).toBe(String(claim.order).padStart(6, '0'));
  });

  test('a claim record\'s document holds the titles (spaced into words), the keywords below them, the quote and note by id, and both languages\' labels', () => {
    const claim = {
      ...testClaim({ id: 'test-claim', title: '结论易于复现', quote: '第一行\n第二行', note: '一条**批注**，见 [来源](https://example.com/)。', type: 'prediction', topics: ['automl', 'benchmarks'], keywords: { zh: ['开源', '公开数据集'], en: ['open source', 'GitHub'] } }),
      order: 3,
    };
    const { content } = claimRecord(claim, { slug: 'automl', title: '自动化机器学习' });
    expect(content).toMatch(/^<!doctype html><html lang="zh-CN">/);
    for (const text of [
      `<h1>${spacedWords('结论易于复现')}</h1>`,
      '<h2 lang="en">Claim test-claim</h2>',
      '<p data-pagefind-weight="2">开源 公开数据集 <span lang="en">open source GitHub</span></p>',
      '<p id="q1">第一行</p><p id="q2">第二行</p>',
      '<p id="note">一条批注，见 来源。</p>',
      '预测 Prediction',
      'AutoML Automated machine learning',
      '基准与竞赛 Benchmarks and competitions',
    ]) {
      expect(content).toContain(text);
    }
    expect(content).toContain('<meta data-pagefind-filter="topic[content]" content="benchmarks">');
    expect(content).toContain('<meta data-pagefind-meta="permalink[content]" content="/claims/test-claim/">');
  });

  test('annotation text is escaped in the documents', () => {
    const claim = { ...testClaim({ id: 'escaped-claim', quote: 'a<b>"c"' }), order: 0 };
    const { content } = claimRecord(claim, { slug: 'automl', title: 'A & B' });
    expect(content).toContain('<p id="q1">a&lt;b&gt;&quot;c&quot;</p>');
    expect(content).toContain('content="A &amp; B"');
  });

  test('passage records hold the section\'s whole text, a block each, opening at the block, and sort after the claims', () => {
    const section = sections.find((candidate) => candidate.blocks.some((block) => block.kind === 'list'))!;
    const passages = passageRecords(section);
    expect(passages).toHaveLength(section.blocks.length);
    for (const line of section.text.split('\n')) expect(passages.some((record) => record.content.includes(`>${escapeHtml(line)}</p>`)), line).toBe(true);
    const list = section.blocks.findIndex((block) => block.kind === 'list');
    expect(passages[list]!.url).toBe(`/${section.slug}/#p${list + 1}`);
    expect(passages[list]!.content).toContain('<p id="q2">');
    for (const record of passages) {
      expect(record.filters).toEqual({ kind: ['section'], section: [section.slug] });
      expect(Number(record.meta.order)).toBeGreaterThan(claims.length);
    }
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

  test('reads a query to 200 characters, so the URL it writes back stays short', () => {
    const state = parseState(`?q=${encodeURIComponent('硬件'.repeat(5000))}`, slugs);
    expect(state.q).toBe('硬件'.repeat(100));
    expect(stateToSearch(state).length).toBeLessThan(2000);
  });
});
