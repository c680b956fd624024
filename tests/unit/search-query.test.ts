/** Reading a query: the reader's parts and words, and whether a text holds them. */
import { describe, expect, test } from 'vitest';
import { holdsPart, readQuery, searchable, spacedWords } from '../../src/search/query.ts';

const words = (q: string) => readQuery(q).map((part) => part.words.map((word) => word.text));

describe('a query read as parts and words', () => {
  test('parts are what the reader typed between spaces, repeated parts once, case kept', () => {
    expect(readQuery('  硬件进步 ').map((part) => part.text)).toEqual(['硬件进步']);
    expect(readQuery('AutoML 论文 automl').map((part) => part.text)).toEqual(['AutoML', '论文']);
  });

  test('Chinese is cut into words; particles and other function words are left out', () => {
    expect(words('硬件进步')).toEqual([['硬件', '进步']]);
    expect(words('机器学习的进步')).toEqual([['机器', '学习', '进步']]);
    expect(words('研究有什么用')).toEqual([['研究', '用']]);
    expect(words('算法还是算力')).toEqual([['算法', '算力']]);
    expect(readQuery('的')).toEqual([]);
  });

  test('one character after a word is its ending; several in a row make a word of their own', () => {
    expect(words('数据集太少')).toEqual([['数据集', '太少']]);
    expect(words('可解释性')).toEqual([['可', '解释性']]);
    expect(words('p值')).toEqual([['p值']]);
    expect(words('1000倍')).toEqual([['1000倍']]);
    expect(words('模型模块化')).toEqual([['模型', '模块化']]);
    expect(readQuery('模型模块化')[0]!.words[1]!.pieces).toEqual(['模块', '块化']);
  });

  test('English function words are not searched; a lone letter is not a word', () => {
    expect(readQuery('the future of ML is hardware').map((part) => part.text)).toEqual(['future', 'ML', 'hardware']);
    expect(readQuery('sota is meaningless').map((part) => part.text)).toEqual(['sota', 'meaningless']);
    expect(readQuery('the of is')).toEqual([]);
    expect(readQuery('x')).toEqual([]);
  });

  test('a title is spaced into words for the index', () => {
    expect(spacedWords('结论易于复现').split(' ')).toEqual(expect.arrayContaining(['结论', '复现']));
    expect(spacedWords('LightGBM、lookahead 等')).toBe('LightGBM 、 lookahead 等');
  });
});

describe('whether a text holds a part', () => {
  const text = searchable('硬件推动进步。Hardware drives progress; computing power and benchmarks. 强化 and 学习 elsewhere.');
  const holds = (q: string, against = text) => holdsPart(readQuery(q)[0]!, against);

  test('Chinese as written, or every word of it', () => {
    expect(holds('硬件')).toBe('as written');
    expect(holds('硬件进步')).toBe('by words');
    expect(holds('硬件算力')).toBe(false);
    expect(holds('强化学习')).toBe('by words');
    expect(holds('强化学习', searchable('深度学习'))).toBe(false);
  });

  test('a single character never stands for a longer word', () => {
    expect(holds('p值', searchable('这个值很大'))).toBe(false);
    expect(holds('p值', searchable('看 p 值'))).toBe('as written');
    expect(holds('机器学系', searchable('机器学习'))).toBe(false);
  });

  test('Latin words whole, with an English ending, or being typed when last', () => {
    expect(holds('HARDWARE')).toBe('as written');
    expect(holds('compute')).toBe('as written');
    expect(holds('benchmark')).toBe('as written');
    expect(holdsPart(readQuery('hard')[0]!, text, true)).toBe('as written');
    expect(holdsPart(readQuery('hard')[0]!, text, false)).toBe(false);
    expect(holds('ware')).toBe(false);
  });

  test('abbreviations hold their long forms and back', () => {
    expect(holds('ML', searchable('machine learning research'))).toBe('as written');
    expect(holds('machine', searchable('ML 研究'))).toBe('as written');
    expect(holds('机器学习', searchable('what ML is for'))).toBe('as written');
    expect(holds('sota', searchable('state-of-the-art results'))).toBe('as written');
  });
});
