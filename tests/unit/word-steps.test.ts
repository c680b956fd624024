/** Selecting words by keyboard: the steps between a paragraph's words. */
import { describe, expect, test } from 'vitest';
import { stepWords, wordSpans, type Span } from '../../src/links/word-steps.ts';

const text = '硬件的进步，推动了机器学习。GPU 很贵';
const words = wordSpans(text);
const read = (span: Span | undefined) => span && text.slice(span.start, span.end);

describe('word steps', () => {
  test('words are the segmenter\'s, punctuation and spaces left out', () => {
    expect(words.map(read)).toEqual(['硬件', '的', '进步', '推动', '了', '机器', '学习', 'GPU', '很', '贵']);
  });

  test('→ and ← select the next or previous word, from either end when nothing is selected', () => {
    expect(read(stepWords(words, undefined, 'next'))).toBe('硬件');
    expect(read(stepWords(words, undefined, 'previous'))).toBe('贵');
    const first = stepWords(words, undefined, 'next');
    const third = stepWords(words, stepWords(words, first, 'next'), 'next');
    expect(read(third)).toBe('进步');
    // Over the comma to the next word, and back.
    expect(read(stepWords(words, third, 'next'))).toBe('推动');
    expect(read(stepWords(words, stepWords(words, third, 'next'), 'previous'))).toBe('进步');
    // Nowhere to go: no step, the selection stays.
    expect(stepWords(words, first, 'previous')).toBeUndefined();
    expect(stepWords(words, stepWords(words, undefined, 'previous'), 'next')).toBeUndefined();
  });

  test('Shift+→ grows the selection by a word at its end, Shift+← takes one back, never the first', () => {
    let selected = stepWords(words, undefined, 'extend');
    expect(read(selected)).toBe('硬件');
    for (let presses = 0; presses < 2; presses++) selected = stepWords(words, selected, 'extend');
    expect(read(selected)).toBe('硬件的进步');
    selected = stepWords(words, selected, 'extend');
    expect(read(selected)).toBe('硬件的进步，推动');
    selected = stepWords(words, selected, 'shrink');
    expect(read(selected)).toBe('硬件的进步');
    selected = stepWords(words, stepWords(words, selected, 'shrink'), 'shrink');
    expect(read(selected)).toBe('硬件');
    expect(stepWords(words, selected, 'shrink')).toBeUndefined();
    expect(stepWords(words, undefined, 'shrink')).toBeUndefined();
    // A selection that does not end on a word's end grows to the next word's end.
    expect(read(stepWords(words, { start: 0, end: 1 }, 'extend'))).toBe('硬件');
  });
});
