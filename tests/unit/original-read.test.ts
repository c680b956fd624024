/**
 * Every reading marked 据英文原文 can be traced: each English phrase it quotes is, word for word,
 * in the paragraphs the about page prints as what the editor read of the original.
 */
import { expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { copiesRead, paragraphsRead } from '../../src/essay/original.ts';

const read = paragraphsRead.map((paragraph) => paragraph.text).join('\n');
/** The English quoted in a reading: “…” holding Latin words, cut at an ellipsis. */
const quotedEnglish = (note: string) =>
  [...note.matchAll(/“([^”]*[A-Za-z][^”]*)”/g)].flatMap(([, quoted]) => quoted!.split(/\s*…\s*/)).filter((part) => /[A-Za-z]{3}/.test(part));

test('each English phrase a checked reading quotes is in the paragraphs read, as written', () => {
  const checked = readEssay().claims.flatMap((claim) => claim.translation.filter((reading) => reading.original === 'checked').map((reading) => ({ id: claim.id, note: reading.note })));
  expect(checked.length).toBeGreaterThanOrEqual(6);
  let phrases = 0;
  for (const { id, note } of checked) {
    for (const phrase of quotedEnglish(note)) {
      phrases++;
      // The essay's title is quoted from the page title, which the copies carry too.
      if (phrase === 'Takeaways From 3 Years Working In Machine Learning') continue;
      expect(read, `${id}: “${phrase}”`).toContain(phrase);
    }
  }
  expect(phrases).toBeGreaterThanOrEqual(8);
});

test('every paragraph names copies that were read, and a cut one ends where its copy does', () => {
  const ids = new Set(copiesRead.map((copy) => copy.id));
  for (const paragraph of paragraphsRead) {
    expect(paragraph.copies.length, paragraph.id).toBeGreaterThan(0);
    for (const copy of paragraph.copies) expect(ids.has(copy), paragraph.id).toBe(true);
    if (paragraph.cut) expect(copiesRead.some((copy) => paragraph.text.endsWith(copy.endsAt)), paragraph.id).toBe(true);
  }
  expect(new Set(paragraphsRead.map((paragraph) => paragraph.id)).size).toBe(paragraphsRead.length);
});
