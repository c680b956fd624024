/** A claim's quote in its blocks, as its page shows it: paragraphs, and list items with their numbers. */
import { describe, expect, test } from 'vitest';
import { quoteContext } from '../../src/claims/quote-context.ts';
import { blocksOf, plainText } from '../../src/essay/sections.ts';

const markdown = '步骤如下：\n\n3. 架构。\n4. 调参。\n5. 跑基准。\n\n- 甲\n- 乙\n\n结语在此。';
const blocks = blocksOf(markdown);

describe('blocksOf', () => {
  test('gives paragraphs and lists whose units are the section text', () => {
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '步骤如下：' },
      { kind: 'list', ordered: true, start: 3, items: ['架构。', '调参。', '跑基准。'] },
      { kind: 'list', ordered: false, start: 1, items: ['甲', '乙'] },
      { kind: 'paragraph', text: '结语在此。' },
    ]);
    expect(blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)).join('\n')).toBe(plainText(markdown));
  });
});

describe('quoteContext', () => {
  test('cuts a paragraph around a phrase', () => {
    expect(quoteContext(blocks, { quote: '结语' })).toEqual([{ kind: 'paragraph', before: '', quote: '结语', after: '在此。' }]);
  });

  test('keeps the numbers of the list items a quote covers', () => {
    expect(quoteContext(blocks, { quote: '调参。\n跑基准。' })).toEqual([
      { kind: 'list', ordered: true, items: [{ number: 4, before: '', quote: '调参。', after: '' }, { number: 5, before: '', quote: '跑基准。', after: '' }] },
    ]);
  });

  test('shows a paragraph and the list after it, as blocks', () => {
    const context = quoteContext(blocks, { quote: '步骤如下：\n架构。\n调参。\n跑基准。' });
    expect(context.map((block) => block.kind)).toEqual(['paragraph', 'list']);
    expect(context[1]).toMatchObject({ ordered: true, items: [{ number: 3 }, { number: 4 }, { number: 5 }] });
  });

  test('marks an unordered list as such', () => {
    expect(quoteContext(blocks, { quote: '乙' })).toEqual([{ kind: 'list', ordered: false, items: [{ number: 2, before: '', quote: '乙', after: '' }] }]);
  });

  test('refuses a quote that is not in the section', () => {
    expect(() => quoteContext(blocks, { quote: '不在此处' })).toThrow(/not anchored/);
  });
});
