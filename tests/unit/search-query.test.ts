/** Reading a query: its words, which records really match it, and the ranking of partial matches. */
import { describe, expect, test } from 'vitest';
import { isMeaningful, matchQuery, queryWords, rankByWordsMatched, spacedWords } from '../../src/search/query.ts';

describe('query words', () => {
  test('Chinese is cut into words, Latin kept whole, duplicates dropped', () => {
    expect(queryWords('  硬件进步 ')).toEqual(['硬件', '进步']);
    expect(queryWords('AutoML 论文 AutoML')).toEqual(['AutoML', '论文']);
    expect(queryWords('hardware drives progress')).toEqual(['hardware', 'drives', 'progress']);
  });

  test('particles are left out and a split-off character joins the word before it', () => {
    expect(queryWords('机器学习的进步')).toEqual(['机器', '学习', '进步']);
    expect(queryWords('数据集太少')).toEqual(['数据集', '太少']);
    expect(queryWords('的')).toEqual([]);
  });

  test('a title is spaced into words for the index', () => {
    expect(spacedWords('结论易于复现').split(' ')).toEqual(expect.arrayContaining(['结论', '复现']));
    expect(spacedWords('LightGBM、lookahead 等')).toBe('LightGBM 、 lookahead 等');
  });
});

describe('matching', () => {
  const text = '硬件推动进步。Hardware drives progress; computing power and benchmarks.';

  const held = (q: string, against = text) => matchQuery(q, against).held;

  test('Chinese words match as written, Latin words whole or with an English ending', () => {
    expect(held('硬件 算力')).toEqual(['硬件']);
    expect(held('hardware compute benchmark')).toEqual(['hardware', 'compute', 'benchmark']);
    expect(held('HARDWARE')).toEqual(['HARDWARE']);
  });

  test('the last word may be unfinished; earlier ones may not', () => {
    expect(held('hard')).toEqual(['hard']);
    expect(held('hard progress')).toEqual(['progress']);
    expect(held('ha')).toEqual([]);
  });

  test('a long Chinese word the segmenter keeps whole is held by most of its pieces, and its pieces are marked', () => {
    expect(queryWords('模型模块化')).toEqual(['模型模块化']);
    expect(matchQuery('模型模块化', '预训练模型可以模块化地组合')).toEqual({ held: ['模型模块化'], marks: ['模型', '模块', '块化'] });
    expect(matchQuery('模型模块化', '一个模型')).toEqual({ held: [], marks: ['模型'] });
  });

  test('stray letters and nonsense mean nothing; a Chinese character or a whole Latin word does', () => {
    expect(isMeaningful('xyzzy', text)).toBe(false);
    expect(isMeaningful('x', 'x-ray 硬件')).toBe(false);
    expect(isMeaningful('progres', text)).toBe(true);
    expect(isMeaningful('涨点', '第三点')).toBe(true);
    expect(isMeaningful('涨', '第三点')).toBe(false);
  });
});

describe('partial matches', () => {
  test('records holding at least half the words, most words first, then by score', () => {
    const words = ['a', 'b', 'c', 'd'];
    const ranked = rankByWordsMatched(words, [
      { item: 'one word', held: ['a'], score: 9 },
      { item: 'two, low', held: ['a', 'b'], score: 1 },
      { item: 'three', held: ['a', 'b', 'c'], score: 0.5 },
      { item: 'two, high', held: ['c', 'd'], score: 2 },
    ]);
    expect(ranked.map(({ item }) => item)).toEqual(['three', 'two, high', 'two, low']);
  });
});
