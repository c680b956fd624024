/**
 * The claims' search on the real claims: the query tables, and the precision rules (whole
 * matches first, a single character never whole, the few best partial matches, one-edit slips).
 */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { claimLabels } from '../../src/search/claim-index.ts';
import { claimIndex } from '../../src/search/records.ts';
import { searchIndex } from '../../src/search/match-claims.ts';
import { prepareIndex } from '../../src/search/prepare-index.ts';
import { holdsPart, readQuery, searchable } from '../../src/search/query.ts';
import { claimExcerpt } from '../../src/search/excerpt.ts';
import { freshReaderQueries, queryTable, readerQueries } from '../fixtures/search-queries.ts';

const { edition, claims } = readEssay();
const index = claimIndex(toSections(edition), claims);
const prepared = prepareIndex(index);
const search = (q: string) => searchIndex(prepared, q);
/** What a page shows first: the whole matches, then at most five (none whole) or three partial ones. */
const shownIds = (q: string) => {
  const answer = search(q);
  return [...answer.whole, ...answer.partial.slice(0, answer.whole.length > 0 ? 3 : 5)].map((hit) => hit.claim.id);
};

describe('the query tables on the claims index', () => {
  test.each([
    ['query table', queryTable],
    ['reader table', readerQueries],
    ['December reader table', freshReaderQueries],
  ] as const)('the %s: every meant claim is in the top three', (_, rows) => {
    const misses = rows.filter(([q, id]) => !shownIds(q).slice(0, 3).includes(id)).map(([q, id]) => `${q} → ${shownIds(q).slice(0, 3).join(', ')} (wanted ${id})`);
    expect(misses).toEqual([]);
  });

  test('the December table has at least 40 rows, most Chinese, with English and typos', () => {
    expect(freshReaderQueries.length).toBeGreaterThanOrEqual(40);
    expect(freshReaderQueries.filter(([q]) => /\p{Script=Han}/u.test(q)).length).toBeGreaterThan(freshReaderQueries.length / 2);
    for (const [, id] of freshReaderQueries) expect(claims.some((claim) => claim.id === id), id).toBe(true);
  });
});

describe('whole matches, then the few best partial ones', () => {
  test.each(['强化学习', '深度学习', '可解释性', '数据清洗'])('%s: every whole match holds the term or all its words; the rest are partial', (q) => {
    const answer = search(q);
    const part = readQuery(q)[0]!;
    for (const hit of answer.whole) expect(holdsPart(part, prepared.claims.find((each) => each.claim === hit.claim)!.all), hit.claim.id).not.toBe(false);
    expect(answer.whole.length).toBeLessThan(10);
    // Holding only 学习 (or 数据, 解释) is partial, and says what it holds.
    for (const hit of answer.partial) expect(hit.held.join('')).not.toBe(q);
  });

  test('a single character is never a whole match: p值 is whole only where p值 is written', () => {
    const answer = search('p值');
    expect(answer.whole.map((hit) => hit.claim.id)).toEqual(claims.filter((claim) => /p\s*值/i.test([claim.title, claim.quote, claim.note, claim.editor_note ?? '', ...claim.keywords.zh].join(' '))).map((claim) => claim.id));
    expect(answer.partial).toEqual([]);
  });

  test('English function words neither match nor are asked for', () => {
    const answer = search('the future of ML is hardware');
    expect(answer.parts).toEqual(['future', 'ML', 'hardware']);
    expect(shownIds('the future of ML is hardware').slice(0, 3)).toContain('hardware-drives-progress');
    expect(shownIds('sota is meaningless').slice(0, 3)).toContain('nobody-cares-about-sota');
  });

  test('partial matches rank what few claims hold above what most do', () => {
    const [first] = search('no PhD').partial;
    expect(first?.held).toEqual(['PhD']);
  });
});

describe('one-edit slips', () => {
  test.each([
    ['autmol', 'automl'],
    ['benchmak', 'benchmark'],
    ['机器学系', '机器学习'],
  ])('%s is answered as %s, and says so', (typed, meant) => {
    const answer = search(typed);
    expect(answer.suggestion?.to.toLowerCase()).toBe(meant);
    expect(answer.correctedFrom).toBe(typed);
    expect(answer.whole.length).toBeGreaterThan(0);
  });

  test('short words and words a claim holds are left alone', () => {
    expect(search('软件').suggestion).toBeUndefined();
    expect(search('xyzzy').suggestion).toBeUndefined();
    expect(search('硬件').suggestion).toBeUndefined();
  });

  test('a slip in one part of several is corrected in that part only', () => {
    expect(search('universal benchmak').suggestion?.query).toBe('universal benchmark');
  });
});

describe('excerpts say where a match is', () => {
  const claim = (id: string) => index.claims.find((each) => each.id === id)!;

  test('a match through a keyword shows the keyword, labelled', () => {
    const hit = search('Hugging Face').whole.find((each) => each.claim.id === 'specialized-methods-as-building-blocks')!;
    const excerpt = claimExcerpt(claim('specialized-methods-as-building-blocks'), hit.marks);
    expect(excerpt.label).toBe('关键词');
    expect(excerpt.text).toContain('Hugging Face');
    expect(excerpt.marks.length).toBeGreaterThan(0);
  });

  test('a match in the quote or notes shows that sentence, unlabelled', () => {
    const excerpt = claimExcerpt(claim('hardware-drives-progress'), ['硬件']);
    expect(excerpt.label).toBeUndefined();
    expect(excerpt.marks.length).toBeGreaterThan(0);
  });

  test('every whole match of every table row has an excerpt that marks something or names where it matched', () => {
    for (const [q] of [...queryTable, ...freshReaderQueries]) {
      for (const hit of search(q).whole) {
        const excerpt = claimExcerpt(hit.claim, hit.marks, claimLabels(index, hit.claim));
        const inTitle = [hit.claim.title].some((title) => hit.marks.some((mark) => searchable(title).squeezed.includes(mark.toLowerCase())));
        expect(excerpt.marks.length > 0 || inTitle, `${q} → ${hit.claim.id}`).toBe(true);
      }
    }
  });
});
