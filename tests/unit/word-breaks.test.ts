/** Titles cut into parts that a line may break between: words, never inside one. */
import { describe, expect, test } from 'vitest';
import { breakableParts, shortened, wordBoundaries } from '../../src/typography/word-breaks.ts';

const titles = [
  '机器学习研究的作用是什么？',
  '什么是软件能做，而硬件做不到的？',
  '机器学习在特定领域是否达到了“最先进水平”？',
  '如果 AutoML 真这么好，为什么 Kaggle 排行榜不是由它主导？',
  '做了 5 年机器学习研究，我发现了这 7 个真相',
];

describe('breakableParts', () => {
  test.each(titles)('keeps every character of %s, in order', (title) => {
    expect(breakableParts(title).join('')).toBe(title);
  });

  test.each(titles)('offers breaks only between words in %s', (title) => {
    const boundaries = wordBoundaries(title);
    let offset = 0;
    for (const part of breakableParts(title)) {
      expect(boundaries.has(offset), `break before ${JSON.stringify(part)}`).toBe(true);
      offset += part.length;
    }
  });

  test('splits a Chinese title between its words', () => {
    expect(breakableParts('机器学习更像是外星人的大脑')).toEqual(['机器', '学习', '更像是', '外星人的', '大脑']);
  });

  test('keeps punctuation with its neighbours: no part starts with a closing mark or ends with an opening one', () => {
    for (const title of titles) {
      for (const part of breakableParts(title).slice(1)) expect(part, title).not.toMatch(/^[，。？！：；、”’）》]/);
      for (const part of breakableParts(title)) expect(part, title).not.toMatch(/[“‘（《]$/);
    }
  });

  test('keeps a one-character word with the word it leans on: particles and endings back, prefixes forward', () => {
    expect(breakableParts('自动化机器学习')).toEqual(['自动化', '机器', '学习']);
    expect(breakableParts('研究的作用')).toEqual(['研究的', '作用']);
    // The segmenter splits 大多数 and 科学家; no line may break inside them.
    expect(breakableParts('未来的大多数进步将来自硬件')).toEqual(['未来的', '大多数', '进步', '将来自', '硬件']);
    expect(breakableParts('数据科学家的工作')).toEqual(['数据', '科学家的', '工作']);
    expect(breakableParts('做软件的人可以做两件事')).toEqual(['做软件的人', '可以', '做两件事']);
  });

  test('leaves a title without breaks whole', () => {
    expect(breakableParts('引言')).toEqual(['引言']);
    expect(breakableParts('')).toEqual([]);
  });

  test('a long title is shortened at a word, marked with ……; a short one is left whole', () => {
    const long = '作者几乎能肯定：从学术研究者到中型公司的数据科学家，都对获得最先进的结果完全不感兴趣';
    const cut = shortened(long, 20);
    expect([...cut].length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('……')).toBe(true);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
    expect(wordBoundaries(long).has(cut.length - 2) || /[，：]/.test(long[cut.length - 2]!)).toBe(true);
    expect(shortened('引言', 20)).toBe('引言');
  });
});
