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
import { blindReaderQueries, freshReaderQueries, queryTable, readerQueries } from '../fixtures/search-queries.ts';

const { edition, claims } = readEssay();
const index = claimIndex(toSections(edition), claims);
const prepared = prepareIndex(index);
const search = (q: string) => searchIndex(prepared, q);
/** What a page shows first: the whole matches, then at most five (none whole) or three partial ones. */
const shownIds = (q: string) => {
  const answer = search(q);
  return [...answer.whole, ...answer.partial.slice(0, answer.shownPartial)].map((hit) => hit.claim.id);
};

describe('the query tables on the claims index', () => {
  const missesOf = (rows: readonly (readonly [string, string])[]) => rows.filter(([q, id]) => !shownIds(q).slice(0, 3).includes(id)).map(([q, id]) => `${q} → ${shownIds(q).slice(0, 3).join(', ')} (wanted ${id})`);

  test.each([
    ['query table', queryTable],
    ['reader table', readerQueries],
    ['December reader table', freshReaderQueries],
  ] as const)('the %s: every meant claim is in the top three', (_, rows) => {
    expect(missesOf(rows)).toEqual([]);
  });

  test('the blind table of issue 30: at least 95% of meant claims in the top three', () => {
    const misses = missesOf(blindReaderQueries);
    expect(blindReaderQueries.length).toBeGreaterThanOrEqual(60);
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(Math.floor(blindReaderQueries.length * 0.05));
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
    // Holding only 学习 (or 数据, 解释), or its words apart, is partial, and says what it holds.
    for (const hit of answer.partial) expect(hit.held).not.toContain(q);
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

describe('a lone character, a quoted phrase, a number', () => {
  const holding = (pattern: RegExp) => claims.filter((claim) => pattern.test([claim.title, claim.quote, claim.note, claim.editor_note ?? '', ...claim.keywords.zh, ...claim.translation.map((reading) => reading.note)].join('\n'))).map((claim) => claim.id);

  test('a character no claim has as a word finds nothing and asks what the reader meant: 学 is not 学习', () => {
    const answer = search('学');
    expect([answer.whole, answer.partial]).toEqual([[], []]);
    expect(answer.lone?.character).toBe('学');
    expect(answer.lone?.words).toEqual(expect.arrayContaining(['学习', '学术']));
    for (const word of answer.lone!.words) expect(word).toContain('学');
    // Among other words it is left out, and said.
    const mixed = search('硬件 学');
    expect(mixed.parts).toEqual(['硬件']);
    expect(mixed.lone?.character).toBe('学');
    expect(mixed.whole.map((hit) => hit.claim.id)).toEqual(search('硬件').whole.map((hit) => hit.claim.id));
  });

  test('a character is a word where the text has it as one: 值 finds p值, and "p 值" is p值', () => {
    const pValue = holding(/p\s*值/i);
    expect(pValue.length).toBeGreaterThan(0);
    for (const q of ['值', 'p 值', 'p值']) {
      const answer = search(q);
      expect(answer.whole.map((hit) => hit.claim.id), q).toEqual(expect.arrayContaining(pValue));
      expect(answer.whole.length, q).toBe(pValue.length);
      expect(answer.partial, q).toEqual([]);
    }
    expect(search('1000 倍').parts).toEqual(['1000倍']);
  });

  test('a quoted phrase is held whole: every result holds it as written, none is partial', () => {
    for (const [q, pattern] of [['"硬件"', /硬件/], ['“数据 清洗”', /数据\s*清洗/], ['"data cleaning"', /data cleaning/i], ['「外星」', /外星/]] as const) {
      const answer = search(q);
      expect(answer.partial, q).toEqual([]);
      expect(answer.whole.length, q).toBeGreaterThan(0);
      for (const hit of answer.whole) expect(pattern.test(prepared.claims.find((each) => each.claim === hit.claim)!.all.lower), `${q} → ${hit.claim.id}`).toBe(true);
    }
    expect(readQuery('"data cleaning" 硬件').map((part) => [part.text, part.exact])).toEqual([['data cleaning', true], ['硬件', false]]);
  });

  test('a number alone is no reason to show a claim: alert(1) finds nothing, GPT-3 only what holds GPT', () => {
    expect(shownIds('<script>alert(1)</script>')).toEqual([]);
    const gpt = search('GPT-3');
    expect([...gpt.whole, ...gpt.partial].every((hit) => /gpt/i.test(prepared.claims.find((each) => each.claim === hit.claim)!.all.lower))).toBe(true);
    expect(gpt.whole.length + gpt.partial.length).toBeGreaterThan(0);
  });

  test('a query is read to 200 characters: a longer one answers as its first 200 do', () => {
    const long = '硬件 '.repeat(5000);
    expect(long.length).toBe(15000);
    expect(search(long)).toEqual(search(long.slice(0, 200)));
    expect(readQuery(`${'x'.repeat(199)} hardware`)).toEqual(readQuery('x'.repeat(199)));
  });
});

describe('ranking', () => {
  const top = (q: string, count = 3) => shownIds(q).slice(0, count);

  test('a claim holding the words in its own text outranks claims holding them only in their section\'s title', () => {
    expect(top('外星人', 1)).toEqual(['ml-as-alien-brain']);
    for (const [slug, title] of Object.entries(index.sections)) {
      for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(title)) {
        if (segment.length < 2 || !/\p{Script=Han}/u.test(segment)) continue;
        const whole = search(segment).whole;
        const own = (hit: (typeof whole)[number]) => prepared.claims.find((each) => each.claim === hit.claim)!.fields.slice(0, -1).some((field) => field.text.squeezed.includes(segment));
        const firstLabelOnly = whole.findIndex((hit) => !own(hit));
        if (firstLabelOnly >= 0) expect(whole.slice(firstLabelOnly).some(own), `${segment} (${slug})`).toBe(false);
      }
    }
  });

  test.each([
    ['算力', 'hardware-drives-progress'],
    ['调参', 'automl-pipeline-steps'],
    ['深度学习', 'ml-recycles-old-ideas'],
  ])('%s puts %s in the top three', (q, id) => {
    expect(top(q)).toContain(id);
  });

  test('a reader\'s question the editor wrote down as a keyword finds its claim first, function words and all', () => {
    expect(top('what should I work on', 1)).toEqual(['focus-on-paradigm-or-product']);
    expect(top('What should I work on?', 1)).toEqual(['focus-on-paradigm-or-product']);
    expect(top('我该读博吗')).toContain('outsiders-do-ml-work');
    // A one-word query equal to a keyword gains only the small step of a keyword typed whole: 可解释性 is in a title.
    expect(top('可解释性')).toContain('classical-ml-direction');
  });

  test('a term\'s words must stand together: 深度学习 is not 深度 in one note and 学习 in another', () => {
    for (const hit of search('深度学习').whole) {
      const fields = prepared.claims.find((each) => each.claim === hit.claim)!.fields;
      expect(fields.some((field) => field.text.squeezed.includes('深度学习') || (field.text.squeezed.includes('深度') && field.text.squeezed.includes('学习'))), hit.claim.id).toBe(true);
    }
  });

  test('after a whole match, claims holding only a common word are not shown first: "data cleaning" shows no claim holding only "data"', () => {
    const answer = search('data cleaning');
    expect(answer.whole.map((hit) => hit.claim.id)).toEqual(['industry-application-direction']);
    expect(answer.partial.length).toBeGreaterThan(0);
    expect(answer.shownPartial).toBe(0);
    // A rare word held is still shown: PhD of "no PhD" needs no whole match to be first.
    expect(search('no PhD').shownPartial).toBeGreaterThan(0);
  });

  test('English words match in their other forms (Porter2), an abbreviation in its plural', () => {
    expect(holdsPart(readQuery('productize')[0]!, searchable('a product'))).toBe('as written');
    expect(holdsPart(readQuery('GPUs')[0]!, searchable('one GPU'))).toBe('as written');
    expect(holdsPart(readQuery('GPU')[0]!, searchable('more GPUs'))).toBe('as written');
    expect(holdsPart(readQuery('reproducibility')[0]!, searchable('reproducible results'))).toBe('as written');
    expect(holdsPart(readQuery('general')[0]!, searchable('to generate'))).toBe(false);
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

  test('a keyword both lists hold is named once', () => {
    const kaggle = claim('competitions-are-stingy');
    expect([...kaggle.keywords.zh, ...kaggle.keywords.en].filter((keyword) => keyword === 'Kaggle').length).toBe(2);
    const excerpt = claimExcerpt({ ...kaggle, text: [] }, ['Kaggle']);
    expect(excerpt.label).toBe('关键词');
    expect(excerpt.text.match(/Kaggle/g)).toHaveLength(1);
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
