/** Passage links: the text directive's syntax and encoding, after the paragraph's anchor. */
import { describe, expect, test } from 'vitest';
import { anchorBeforeDirective, encodePart, passageUrl, textDirective } from '../../src/links/text-fragment.ts';

describe('text fragments', () => {
  test('encodes each part: Chinese percent-encoded, - as %2D, commas and ampersands too', () => {
    expect(encodePart('硬件')).toBe('%E7%A1%AC%E4%BB%B6');
    expect(encodePart('GPT-3')).toBe('GPT%2D3');
    expect(encodePart('a,b&c')).toBe('a%2Cb%26c');
    expect(encodePart('2-4年')).toBe('2%2D4%E5%B9%B4');
  });

  test('writes prefix-, start, end and -suffix in that order, leaving out what is missing', () => {
    expect(textDirective({ textStart: '硬件' })).toBe('text=%E7%A1%AC%E4%BB%B6');
    expect(textDirective({ textStart: 'a', textEnd: 'b' })).toBe('text=a,b');
    expect(textDirective({ prefix: 'x-y', textStart: 'a', suffix: 'z' })).toBe('text=x%2Dy-,a,-z');
    expect(textDirective({ prefix: 'p', textStart: 'a', textEnd: 'b', suffix: 's' })).toBe('text=p-,a,b,-s');
  });

  test('puts the directive after the paragraph anchor, replacing any hash the page had', () => {
    expect(passageUrl('https://example.org/automl/#p1', 'p3', { textStart: '架构' })).toBe('https://example.org/automl/#p3:~:text=%E6%9E%B6%E6%9E%84');
  });

  test('finds the anchor in a hash that kept its directive', () => {
    expect(anchorBeforeDirective('#p3:~:text=a')).toBe('p3');
    expect(anchorBeforeDirective('#p5-2:~:text=a')).toBe('p5-2');
    expect(anchorBeforeDirective('#p3')).toBeUndefined();
    expect(anchorBeforeDirective('#:~:text=a')).toBeUndefined();
  });
});
