/** The YAML stub a selection proposes in dev: the quote as anchoring reads it, a fresh id, a prefix when needed. */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { claimStub, disambiguation, freshId, quoteLines } from '../../src/editor/propose-claim.ts';

describe('proposing a claim', () => {
  test('a selection over paragraphs becomes one line per paragraph', () => {
    expect(quoteLines('  第一段。\n\n第二段。 \n')).toBe('第一段。\n第二段。');
  });

  test('a quote that occurs twice gets the shortest context that tells them apart', () => {
    const text = '甲说硬件。乙说硬件。';
    expect(disambiguation(text, '硬件', text.lastIndexOf('硬件'))).toEqual({ prefix: '乙说' });
    expect(disambiguation(text, '甲说', 0)).toEqual({});
    expect(disambiguation('硬件好，硬件坏', '硬件', 0)).toEqual({ suffix: '好' });
  });

  test('a fresh id is one no claim has', () => {
    expect(freshId('automl', ['automl-claim-1', 'automl-claim-2'])).toBe('automl-claim-3');
  });

  test('the stub is YAML the annotation files read', () => {
    const [entry] = parse(claimStub({ id: 'automl-claim-1', quote: '第一段。\n第二段："引号"', prefix: '前' }));
    expect(entry).toMatchObject({ id: 'automl-claim-1', quote: '第一段。\n第二段："引号"', prefix: '前', keywords: { zh: [], en: [] } });
    const [single] = parse(claimStub({ id: 'x-claim-1', quote: 'a: "b"' }));
    expect(single.quote).toBe('a: "b"');
  });
});
