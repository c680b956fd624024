/** What `npm run claims` prints: stops as one readable message, and the report of what the set lacks. */
import { describe, expect, test } from 'vitest';
import { claimsReport, formatReport } from '../../src/editor/claims-report.ts';
import { formatFailure, markDifferences } from '../../src/editor/format-failure.ts';
import { readCheckedEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { loadAnnotations } from '../../src/claims/load-annotations.ts';
import { isolatedClaims } from '../../src/claims/relations.ts';
import { testClaim } from './helpers.ts';

const { edition, claims } = readCheckedEssay();
const sections = toSections(edition);

describe('the report', () => {
  const report = claimsReport(sections, claims);

  test('counts claims by section, type and topic, as the data has them', () => {
    expect(report.claims).toBe(claims.length);
    expect(report.perSection.reduce((sum, row) => sum + row.claims, 0)).toBe(claims.length);
    expect(report.perType.reduce((sum, row) => sum + row.claims, 0)).toBe(claims.length);
    expect(report.perTopic.find((row) => row.topic === 'automl')!.claims).toBe(claims.filter((claim) => (claim.topics as string[]).includes('automl')).length);
    expect(report.relations).toBe(claims.reduce((sum, claim) => sum + claim.relations.length, 0));
  });

  test('lists the claims with no relation, and nothing missing from the real set', () => {
    expect(report.withoutRelations).toEqual(isolatedClaims(claims).map((claim) => claim.id));
    expect(report.missingEnglishOrKeywords).toEqual([]);
    expect(report.relationsWithoutReverse).toEqual([]);
  });

  test('finds paragraphs no claim quotes and notes over the limit', () => {
    const section = { ...sections[1]!, blocks: [{ kind: 'paragraph' as const, text: '有论断的段落。' }, { kind: 'paragraph' as const, text: '别的话，谁也没引。' }] };
    const claim = {
      ...testClaim({ id: 'one-claim', quote: '有论断的段落', note: '字'.repeat(30) }),
      editor_note: '判'.repeat(20),
      translation: [{ original: 'unchecked' as const, note: '读'.repeat(10) }, { original: 'unchecked' as const, note: '读'.repeat(21) }],
      section: section.slug,
    };
    const small = claimsReport([section], [claim], 20);
    expect(small.paragraphsWithoutClaims).toEqual([{ section: section.slug, paragraph: 'p2', opening: '别的话，谁也没引。' }]);
    // Each part is its own paragraph, measured alone: 20 is within the limit.
    expect(small.longNotes).toEqual([{ claim: 'one-claim', part: '批注', characters: 30 }, { claim: 'one-claim', part: '译文 2', characters: 21 }]);
    expect(small.withoutRelations).toEqual(['one-claim']);
    expect(formatReport(small, 20)).toContain('超过 20 字的一段批注（2）：\n  - one-claim 批注（30 字）\n  - one-claim 译文 2（21 字）');
  });
});

describe('a stop, for a person', () => {
  const yaml = [
    '- id: first-claim',
    '  title: 一',
    '  title_en: One',
    '  keywords: { zh: [流水线], en: [pipeline] }',
    '  type: rumour',
    '  topics: [automl]',
    '  quote: 架构。',
    '  note: 批注。',
    '- id: second-claim',
  ].join('\n');

  test('file:line:col, the rule, the message, and the entry\'s lines with the line marked', () => {
    let text = '';
    try {
      loadAnnotations([{ path: 'src/annotations/automl.yaml', text: yaml }], ['automl']);
    } catch (error) {
      text = formatFailure(error as never, () => yaml);
    }
    const [headline, ...frame] = text.split('\n');
    expect(headline).toMatch(/^src\/annotations\/automl\.yaml:5:9 {2}unknown-type {2}Claim `first-claim` \(entry 1\): `type` .*got "rumour"$/);
    expect(frame).toEqual([
      '  1 | - id: first-claim',
      '  2 |   title: 一',
      '  3 |   title_en: One',
      '  4 |   keywords: { zh: [流水线], en: [pipeline] }',
      '> 5 |   type: rumour',
      '  6 |   topics: [automl]',
      '  7 |   quote: 架构。',
      '  8 |   note: 批注。',
    ]);
    expect(text).not.toMatch(/ancestors|undefined/);
  });

  test('a missing quote shows the closest passage with the differing characters marked', () => {
    expect(markDifferences('过去三年，我的工作', '过去几年，我的工作')).toBe('过去[-三-]{+几+}年，我的工作');
    expect(markDifferences('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十乙')).toBe('一二三四五六七八九十…一二三四五六七八九十[-甲-]{+乙+}');
  });
});
