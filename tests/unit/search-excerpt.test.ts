/** Excerpts: the sentence holding the words, cut at clause boundaries, marked, never a title. */
import { describe, expect, test } from 'vitest';
import { claimExcerpt, excerptBlocks, findMarks, makeExcerpt } from '../../src/search/excerpt.ts';
import { readEssay } from '../../src/source.ts';
import { commentaryParts } from '../../src/notes-view/render-note.ts';
import { readQuery } from '../../src/search/query.ts';

const queryWords = (text: string) => readQuery(text).flatMap((part) => part.words.map((word) => word.text));

const marked = ({ text, marks }: { text: string; marks: [number, number][] }) => marks.map(([from, to]) => text.slice(from, to));

describe('excerpts', () => {
  const quote = '第一句说别的。在过去的十年里，机器学习的进步主要来自硬件，而不是软件。最后一句。';
  const note = '编者按：Rich Sutton 在 The Bitter Lesson 中说过 computing power 胜出。';

  test('the first sentence holding a word, whole when it fits, with the words marked', () => {
    const excerpt = makeExcerpt([quote, note], ['硬件']);
    expect(excerpt.text).toBe('在过去的十年里，机器学习的进步主要来自硬件，而不是软件。');
    expect(marked(excerpt)).toEqual(['硬件']);
    expect(excerpt).toMatchObject({ cutStart: false, cutEnd: false });
  });

  test('from the note when only the note holds the words; Latin words marked through their endings', () => {
    const excerpt = makeExcerpt([quote, note], ['compute']);
    expect(excerpt.text.startsWith('编者按')).toBe(true);
    expect(marked(excerpt)).toEqual(['computing']);
  });

  test('a long sentence is cut at clause boundaries around the word', () => {
    const long = '甲方说了很多话，乙方也说了很多话，丙方说硬件最重要，丁方不同意，戊方沉默，己方离开了会场，庚方什么也没说。';
    const excerpt = makeExcerpt([long], ['硬件'], 24);
    expect(excerpt.text.length).toBeLessThanOrEqual(24);
    expect(excerpt.text).toContain('丙方说硬件最重要');
    expect(excerpt.text).toMatch(/^[甲乙丙]方/);
    expect(excerpt.text).not.toMatch(/[，、]$/);
    expect(excerpt.cutEnd).toBe(true);
  });

  test('when only a title or keyword matched, the quote opens the excerpt, unmarked', () => {
    const excerpt = makeExcerpt([quote, note], ['hardware']);
    expect(excerpt.text).toBe('第一句说别的。');
    expect(excerpt.marks).toEqual([]);
  });

  test('a sentence that only repeats the title gives way to the next one', () => {
    const blocks = ['第二个方向是行业应用。我认为这更多地涉及自动化工作。', '批注。'];
    expect(makeExcerpt(blocks, ['hardware'], 80, ['第二个方向是行业应用：典型的自动化工作']).text).toBe('我认为这更多地涉及自动化工作。');
    expect(makeExcerpt(blocks, ['行业'], 80, ['第二个方向是行业应用：典型的自动化工作']).text).toBe('第二个方向是行业应用。');
  });

  test('marks never overlap, and an excerpt comes only from the quote and note anchors', () => {
    expect(findMarks('机器学习 machine learning', ['机器', '机器学习', 'machine'])).toEqual([[0, 4], [5, 12]]);
    // A Latin word right after Chinese, as the essay writes them: 更多的Kaggle排行榜.
    expect(findMarks('更多的Kaggle排行榜', ['kaggle'])).toEqual([[3, 9]]);
    expect(excerptBlocks([{ id: 'q1', text: 'A' }, { id: 'p3', text: 'X' }, { id: 'q2', text: 'B' }, { id: 'note', text: 'C' }])).toEqual(['A', 'B', 'C']);
  });

  test('no excerpt of a real claim starts with its title, for any word of its titles', () => {
    for (const claim of readEssay().claims) {
      const blocks = [...claim.quote.split('\n'), ...commentaryParts(claim).map((part) => part.text)];
      for (const word of [...queryWords(claim.title), ...queryWords(claim.title_en)]) {
        const excerpt = makeExcerpt(blocks, [word], 80, [claim.title, claim.title_en]);
        expect(excerpt.text.length, claim.id).toBeGreaterThan(0);
        expect(excerpt.text.startsWith(claim.title), `${claim.id} / ${word}`).toBe(false);
        expect(excerpt.text.length, `${claim.id} / ${word}`).toBeLessThanOrEqual(80);
      }
    }
  });

  test('when only a keyword, the English title or a label holds the words, the excerpt is that, labelled', () => {
    const claim = { title: '硬件推动进步', title_en: 'Hardware drives progress', keywords: { zh: ['算力'], en: ['compute', 'GPU'] }, text: [quote] };
    expect(claimExcerpt(claim, ['GPU'])).toMatchObject({ label: '关键词', text: 'GPU', marks: [[0, 3]] });
    expect(claimExcerpt(claim, ['drives'])).toMatchObject({ label: '英文标题', text: 'Hardware drives progress' });
    expect(claimExcerpt(claim, ['软件'], [['主题', '硬件与软件 Hardware vs software']])).toMatchObject({ text: '在过去的十年里，机器学习的进步主要来自硬件，而不是软件。' });
    expect(claimExcerpt(claim, ['预测'], [['类型', '预测 Prediction']])).toMatchObject({ label: '类型', text: '预测 Prediction', marks: [[0, 2]] });
  });
});
