/**
 * What the annotation set lacks, for the editor (claims and sections → report data, pure): claims
 * per section, type and topic; claims with no relation; relations whose type has no reverse
 * reading; paragraphs no claim quotes; parts of a note longer than a limit; missing English
 * titles or keywords. `npm run claims` prints it as text or JSON.
 */
import { claimTypeIds, claimTypes, noteParts, relationTypes, topicIds, topics } from '../claims/vocabulary.ts';
import { isolatedClaims } from '../claims/relations.ts';
import type { LoadedClaim } from '../claims/load-annotations.ts';
import type { Section } from '../essay/section-schema.ts';

/**
 * Parts of a note longer than this many characters are listed. Each part (the note, 编者按, each
 * reading of the translation) is printed as its own paragraph, and a paragraph should read in a
 * glance: about eight lines of a phone's card.
 */
export const noteLengthLimit = 260;

export interface ClaimsReport {
  claims: number;
  relations: number;
  perSection: { section: string; title: string; claims: number }[];
  perType: { type: string; claims: number }[];
  perTopic: { topic: string; claims: number }[];
  withoutRelations: string[];
  relationsWithoutReverse: { claim: string; type: string; target: string }[];
  paragraphsWithoutClaims: { section: string; paragraph: string; opening: string }[];
  longNotes: { claim: string; part: string; characters: number }[];
  missingEnglishOrKeywords: { claim: string; missing: string[] }[];
}

const blockText = (block: Section['blocks'][number]) => (block.kind === 'paragraph' ? [block.text] : block.items);

export function claimsReport(sections: readonly Section[], claims: readonly LoadedClaim[], limit = noteLengthLimit): ClaimsReport {
  const count = <T>(values: readonly T[], predicate: (claim: LoadedClaim, value: T) => boolean) =>
    values.map((value) => ({ value, claims: claims.filter((claim) => predicate(claim, value)).length }));
  return {
    claims: claims.length,
    relations: claims.reduce((sum, claim) => sum + claim.relations.length, 0),
    perSection: sections.map((section) => ({ section: section.slug, title: section.title, claims: claims.filter((claim) => claim.section === section.slug).length })),
    perType: count(claimTypeIds, (claim, type) => claim.type === type).map(({ value, claims: n }) => ({ type: value, claims: n })),
    perTopic: count(topicIds, (claim, topic) => (claim.topics as string[]).includes(topic)).map(({ value, claims: n }) => ({ topic: value, claims: n })),
    withoutRelations: isolatedClaims(claims).map((claim) => claim.id),
    relationsWithoutReverse: claims.flatMap((claim) =>
      claim.relations.filter((relation) => !relationTypes[relation.type]?.inverse?.zh).map((relation) => ({ claim: claim.id, type: relation.type, target: relation.target })),
    ),
    paragraphsWithoutClaims: sections.flatMap((section) => {
      const quotes = claims.filter((claim) => claim.section === section.slug).flatMap((claim) => claim.quote.split('\n'));
      return section.blocks.flatMap((block, index) =>
        blockText(block).some((line) => quotes.some((quote) => line.includes(quote) || quote.includes(line)))
          ? []
          : [{ section: section.slug, paragraph: `p${index + 1}`, opening: blockText(block)[0]!.slice(0, 20) }],
      );
    }),
    longNotes: claims.flatMap((claim) =>
      [
        { part: noteParts.note.zh, text: claim.note },
        ...(claim.editor_note ? [{ part: noteParts.editor_note.zh, text: claim.editor_note }] : []),
        ...claim.translation.map((reading, index) => ({ part: `${noteParts.translation.zh} ${index + 1}`, text: reading.note })),
      ]
        .map(({ part, text }) => ({ claim: claim.id, part, characters: [...text].length }))
        .filter(({ characters }) => characters > limit),
    ),
    missingEnglishOrKeywords: claims.flatMap((claim) => {
      const missing = [...(claim.title_en.trim() ? [] : ['title_en']), ...(claim.keywords.zh.length ? [] : ['keywords.zh']), ...(claim.keywords.en.length ? [] : ['keywords.en'])];
      return missing.length ? [{ claim: claim.id, missing }] : [];
    }),
  };
}

/** The report as a person reads it. */
export function formatReport(report: ClaimsReport, limit = noteLengthLimit): string {
  const list = (items: readonly string[]) => (items.length ? items.map((item) => `  - ${item}`).join('\n') : '  （无）');
  return [
    `${report.claims} 条论断，${report.relations} 条关联`,
    '',
    '按章节：',
    ...report.perSection.map(({ section, title, claims }) => `  ${String(claims).padStart(3)}  ${section}（${title}）`),
    '按类型：',
    ...report.perType.map(({ type, claims }) => `  ${String(claims).padStart(3)}  ${claimTypes[type as keyof typeof claimTypes].zh} ${type}`),
    '按主题：',
    ...report.perTopic.map(({ topic, claims }) => `  ${String(claims).padStart(3)}  ${topics[topic as keyof typeof topics].zh} ${topic}`),
    '',
    `没有任何关联的论断（${report.withoutRelations.length}）：`,
    list(report.withoutRelations),
    `关联类型没有反向读法的关联（${report.relationsWithoutReverse.length}）：`,
    list(report.relationsWithoutReverse.map(({ claim, type, target }) => `${claim} ${type} ${target}`)),
    `没有论断的段落（${report.paragraphsWithoutClaims.length}）：`,
    list(report.paragraphsWithoutClaims.map(({ section, paragraph, opening }) => `${section}#${paragraph} ${opening}…`)),
    `超过 ${limit} 字的一段批注（${report.longNotes.length}）：`,
    list(report.longNotes.map(({ claim, part, characters }) => `${claim} ${part}（${characters} 字）`)),
    `缺少英文标题或关键词的论断（${report.missingEnglishOrKeywords.length}）：`,
    list(report.missingEnglishOrKeywords.map(({ claim, missing }) => `${claim}：${missing.join('、')}`)),
  ].join('\n');
}
