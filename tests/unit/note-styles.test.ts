/** A section page's own stylesheet: margin-note anchors, arrival at a claim, the reader's choice. */
import { describe, expect, test } from 'vitest';
import { noteStyles, openedNote, restoreChoiceScript } from '../../src/notes-view/note-styles.ts';
import { notesPreferenceKey, noteTypesId, showNotesId, showTypeId } from '../../src/notes-view/note-choice.ts';

const claims = [
  { id: 'first-claim', former_ids: [], type: 'thesis' as const },
  { id: 'second-claim', former_ids: ['old-second'], type: 'question' as const },
  { id: 'third-claim', former_ids: [], type: 'thesis' as const },
];
const css = noteStyles(claims);
const rules = css.split(/(?<=\})/).map((rule) => rule.trim()).filter(Boolean);

describe('noteStyles', () => {
  test('gives every claim an anchor name of its own, and places its card by it', () => {
    const names = claims.map((claim) => css.match(new RegExp(`#${claim.id}\\{anchor-name:(--[a-z0-9]+)\\}`))?.[1]);
    expect(new Set(names).size).toBe(claims.length);
    for (const [index, claim] of claims.entries()) {
      expect(css).toContain(`#${claim.id}--card{position-anchor:${names[index]}}`);
    }
  });

  test('shows and marks the note of a claim a reader arrives at, by its id or a former one', () => {
    const arrival = rules.find((rule) => rule.includes(':target') && rule.includes('--card'))!;
    expect(arrival).toContain('.essay:has(#second-claim:target,#old-second:target) #second-claim--card');
    expect(arrival).toContain('.essay:has(#first-claim:target) #first-claim--card');
    expect(arrival).toMatch(/\{display:block;outline-width:3px\}$/);
  });

  test('pointing at or focusing a claim\'s words opens its note, and pointing at the note deepens the words', () => {
    const toNote = rules.find((rule) => rule.endsWith(`{${openedNote}}`))!;
    const toWords = rules.find((rule) => rule.endsWith('{--tint:32%}'))!;
    for (const claim of claims) {
      expect(toNote).toContain(`.essay:has(#${claim.id}:is(:hover,:focus-within)) #${claim.id}--card`);
      expect(toWords).toContain(`.essay:has(#${claim.id}--card:hover) #${claim.id}`);
    }
    expect(toNote.match(/--card/g)).toHaveLength(claims.length);
  });

  test('quiets and hides notes by the reader\'s choice, for all notes and for each type the section has', () => {
    const choice = rules.filter((rule) => rule.includes(':not(:checked)'));
    expect(choice).toHaveLength(2);
    for (const rule of choice) {
      expect(rule).toContain(`.essay:has(#${showNotesId}:not(:checked))`);
      expect(rule).toContain(`.essay:has(#${showTypeId('thesis')}:not(:checked))`);
      expect(rule).toContain(`.essay:has(#${showTypeId('question')}:not(:checked))`);
      expect(rule).not.toContain(showTypeId('prediction'));
    }
    expect(choice[0]).toMatch(/\{margin:0;padding:0;border:0;background:none;text-decoration-line:none\}$/);
    // A claim someone linked to keeps its highlight.
    expect(choice[0]).toContain('.claim[data-claim-type="thesis"]:not(:target)');
    expect(choice[1]).toContain(':is(.claim-marker,.claim-card:not(:popover-open))[data-claim-type="question"]');
    expect(choice[1]).toMatch(/\{display:none\}$/);
  });

  test('is empty for a section without claims', () => {
    expect(noteStyles([])).toBe('');
  });

  test('refuses an id that is not a CSS identifier, rather than writing a broken rule', () => {
    expect(() => noteStyles([{ id: 'x}y', former_ids: [], type: 'thesis' }])).toThrow(/not a claim id/);
    expect(() => noteStyles([{ id: 'good-id', former_ids: ['1bad'], type: 'thesis' }])).toThrow(/"1bad"/);
  });
});

describe('restoreChoiceScript', () => {
  const page = (stored: string | null) => {
    const boxes = new Map(['show-notes', 'show-thesis', 'show-question'].map((id) => [id, { checked: true }]));
    const types = { disabled: false };
    const run = new Function('localStorage', 'document', restoreChoiceScript);
    run({ getItem: (key: string) => (key === notesPreferenceKey ? stored : null) }, { getElementById: (id: string) => (id === noteTypesId ? types : boxes.get(id) ?? null) });
    return { ...Object.fromEntries([...boxes].map(([id, box]) => [id, box.checked])), typesDisabled: types.disabled };
  };

  test('unticks what the reader unticked, and only that', () => {
    expect(page(JSON.stringify({ all: true, hidden: ['question', 'prediction'] }))).toEqual({ 'show-notes': true, 'show-thesis': true, 'show-question': false, typesDisabled: false });
    expect(page(JSON.stringify({ all: false, hidden: [] }))).toEqual({ 'show-notes': false, 'show-thesis': true, 'show-question': true, typesDisabled: true });
  });

  test('leaves the boxes ticked when nothing, or nonsense, was stored', () => {
    const allTicked = { 'show-notes': true, 'show-thesis': true, 'show-question': true, typesDisabled: false };
    expect(page(null)).toEqual(allTicked);
    expect(page('{not json')).toEqual(allTicked);
    expect(page('"a string"')).toEqual(allTicked);
  });
});
