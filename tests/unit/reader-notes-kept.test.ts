/**
 * A reader's words are never lost or misfiled, as data: an edit written against a note changed
 * meanwhile keeps both versions, notes that carry the passage control's labels are mended, and a
 * note's link opens its paragraph with a fragment a browser finds at the note's words.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyEdit, later } from '../../src/reader-notes/note-edits.ts';
import { mendNote } from '../../src/reader-notes/mend-notes.ts';
import { firstMatch, noteFragment, noteUrls, type SectionText } from '../../src/links/note-link.ts';
import { describeText } from '../../src/links/text-selectors.ts';
import { sectionText } from '../../src/claims/selectors.ts';
import { readEssay } from '../../src/source.ts';
import { renderSection } from './helpers.ts';
import type { ReaderNote } from '../../src/reader-notes/note-schema.ts';

const note = (over: Partial<ReaderNote> = {}): ReaderNote => ({
  id: 'n1',
  section: 'automl',
  exact: '硬件',
  prefix: '',
  suffix: '',
  start: 0,
  end: 2,
  note: '原来的',
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T11:00:00.000Z',
  ...over,
});
const now = '2026-12-04T00:00:00.000Z';
const newId = () => 'copy';

describe('writing a reader’s words into a note', () => {
  test('over the note as the editor read it', () => {
    expect(applyEdit(note(), { note: note(), text: '原来的，再加' }, now, newId)).toEqual({ kind: 'saved', note: note({ note: '原来的，再加', modified: now }) });
  });

  test('nothing written when the store already holds the words', () => {
    const stored = note({ note: '同样', modified: '2026-12-02T00:00:00.000Z' });
    expect(applyEdit(stored, { note: note(), text: '同样' }, now, newId)).toEqual({ kind: 'unchanged', note: stored });
  });

  test('a note deleted meanwhile comes back with the words', () => {
    expect(applyEdit(undefined, { note: note(), text: '还在写' }, now, newId)).toEqual({ kind: 'recreated', note: note({ note: '还在写', modified: now }) });
  });

  test('a note changed elsewhere meanwhile keeps that version, and the words become a new note on the same passage', () => {
    const elsewhere = note({ note: '另一个标签页写的', modified: '2026-12-03T00:00:00.000Z' });
    expect(applyEdit(elsewhere, { note: note(), text: '这个标签页写的' }, now, newId)).toEqual({
      kind: 'kept-both',
      note: note({ id: 'copy', note: '这个标签页写的', created: now, modified: now }),
      other: elsewhere,
    });
  });

  test('a note whose dates or anchoring changed elsewhere but not its words is written over', () => {
    const mended = note({ suffix: '。', modified: '2026-12-03T00:00:00.000Z' });
    expect(applyEdit(mended, { note: note(), text: '新的' }, now, newId)).toEqual({ kind: 'saved', note: { ...mended, note: '新的', modified: now } });
  });

  test('a version is always later than the one it follows, whatever the clock says', () => {
    expect(later('2026-12-01T11:00:00.000Z', '2026-12-01T11:00:00.000Z')).toBe('2026-12-01T11:00:00.001Z');
    expect(later('2020-01-01T00:00:00.000Z', '2026-12-01T11:00:00.000Z')).toBe('2026-12-01T11:00:00.001Z');
    expect(later(now, '2026-12-01T11:00:00.000Z')).toBe(now);
  });

  test('no words are ever lost: whatever was stored meanwhile, the store ends up holding both the words typed and any other version', () => {
    const words = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(words, words, words, fc.boolean(), fc.boolean(), (began, other, typed, deleted, changedElsewhere) => {
        const read = note({ note: began });
        const stored = deleted ? undefined : changedElsewhere ? note({ note: other, modified: '2026-12-02T00:00:00.000Z' }) : read;
        const outcome = applyEdit(stored, { note: read, text: typed }, now, newId);
        const after = new Map(stored ? [[stored.id, stored.note]] : []);
        if (outcome.kind !== 'unchanged') after.set(outcome.note.id, outcome.note.note);
        expect([...after.values()]).toContain(typed);
        // A version written elsewhere is never overwritten.
        if (stored && stored.note !== began) expect(after.get(stored.id)).toBe(stored.note);
      }),
    );
  });
});

describe('notes saved while the passage control stood inside the text', () => {
  const text = '第一段的文字。\n第二段说：硬件决定进步。\n第三段。';
  const start = text.indexOf('硬件决定进步');

  test('are described again from the text: the labels leave their context, their offsets are the text’s', () => {
    const spoilt = note({ exact: '硬件决定进步。', prefix: '第一段的文字。复制链接划线批注\n第二段说：', suffix: '复制论断链接复制链接划线批注\n第三段。', start: start + 8, end: start + 15 });
    expect(mendNote(spoilt, text)).toEqual({ ...spoilt, ...describeText(text, start, start + 7) });
  });

  test('a label cut off at the edge of the context is taken away too', () => {
    const cut = note({ exact: '硬件决定进步。', prefix: '第二段说：', suffix: '复制论断链接复制', start, end: start + 7 });
    expect(mendNote(cut, text)?.suffix).toBe('\n第三段。');
  });

  test('notes without the labels are left as they are', () => {
    expect(mendNote(note({ ...describeText(text, start, start + 2) }), text)).toBeUndefined();
    // A word of the essay that merely begins like a label is no label.
    expect(mendNote(note({ ...describeText(text, start, start + 2), suffix: '复制' }), text)).toBeUndefined();
  });
});

describe('a note’s link: its paragraph, and a fragment a browser finds at its words', () => {
  const section: SectionText = {
    text: '机器学习的进步主要来自硬件。\n软件也重要，硬件更重要。\n硬件',
    blocks: [['p1', 0, 14], ['p2', 15, 27], ['p3', 28, 30]],
  };

  test('words cut inside a Chinese word are widened to whole words, with context enough to be the first match', () => {
    // 器学 cuts 机器学习 (or 机器|学习): the fragment holds whole words around it.
    const found = noteFragment(section, describeText(section.text, 1, 3))!;
    expect(found.anchor).toBe('p1');
    expect(found.fragment.textStart).toContain('器学');
    expect(section.text.indexOf(found.fragment.textStart)).toBeLessThanOrEqual(1);
    expect(firstMatch(section, found.fragment)).toMatchObject({ start: 0 });
  });

  test('words spanning two paragraphs become a start in the first and an end in the second', () => {
    const found = noteFragment(section, describeText(section.text, 8, 21))!;
    expect(found.anchor).toBe('p1');
    expect(found.fragment.textEnd).toBeDefined();
    const match = firstMatch(section, found.fragment)!;
    expect(match.start).toBeLessThanOrEqual(8);
    expect(match.end).toBeGreaterThanOrEqual(21);
  });

  test('a word found in several places is given the context that makes it this one', () => {
    const second = section.text.indexOf('硬件', 15);
    const found = noteFragment(section, describeText(section.text, second, second + 2))!;
    expect(found.anchor).toBe('p2');
    expect(firstMatch(section, found.fragment)).toEqual({ start: second, end: second + 2 });
  });

  test('a note’s two addresses: the words (opened and marked), and for paper its paragraph alone', () => {
    const urls = noteUrls('https://e.example/automl/', section, describeText(section.text, 15, 17));
    expect(urls.words).toMatch(/^https:\/\/e\.example\/automl\/#p2:~:text=/);
    expect(urls.paragraph).toBe('https://e.example/automl/#p2');
  });

  test('words no longer in the text open the section', () => {
    expect(noteUrls('https://e.example/automl/', section, { exact: '算力', prefix: '', suffix: '' })).toEqual({ words: 'https://e.example/automl/', paragraph: 'https://e.example/automl/' });
  });

  test('on every section of the essay, any words: the first match covers them, within their paragraphs', async () => {
    const { edition, claims } = readEssay();
    const texts: SectionText[] = [];
    for (const each of edition.sections) texts.push(sectionText(await renderSection(each.markdown, claims.filter((claim) => claim.section === each.slug).map((claim) => ({ ...claim, section: 'test' })))));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 120 }), (which, at, length) => {
        const each = texts[which % texts.length]!;
        const start = at % each.text.length;
        const end = Math.min(each.text.length, start + length);
        const words = each.text.slice(start, end);
        fc.pre(words.trim().length > 0 && each.blocks.some(([, from, to]) => from < end && to > start));
        const found = noteFragment(each, describeText(each.text, start, end));
        expect(found).toBeDefined();
        const match = firstMatch(each, found!.fragment);
        expect(match, JSON.stringify({ words, fragment: found!.fragment })).toBeDefined();
        const inBlocks = (offset: number) => each.blocks.some(([, from, to]) => offset >= from && offset < to);
        let first = start;
        while (!inBlocks(first)) first += 1;
        let last = end;
        while (!inBlocks(last - 1)) last -= 1;
        expect(match!.start).toBeLessThanOrEqual(first);
        expect(match!.end).toBeGreaterThanOrEqual(last);
      }),
      { numRuns: 300 },
    );
  });
});
