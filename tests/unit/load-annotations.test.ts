/** Reading the annotation files: the schema, and a clear stop for every kind of bad entry. */
import { describe, expect, test } from 'vitest';
import { loadAnnotations } from '../../src/claims/load-annotations.ts';
import { claimEntrySchema } from '../../src/claims/schema.ts';
import { commentaryHtml, commentaryText } from '../../src/notes-view/render-note.ts';
import { readEssay } from '../../src/source.ts';
import { claimTypeIds, claimTypes, glossaryVariant, noteParts, originalChecks, relationAuthors, relationTypes, topicIds, topics } from '../../src/claims/vocabulary.ts';

const sections = ['introduction', 'automl'];

const entry = (fields: Record<string, string> = {}) => {
  const lines = {
    id: 'automl-pipeline-steps',
    title: '论文的套路',
    title_en: 'AutoML pipeline steps',
    type: 'process',
    topics: '[automl]',
    quote: '架构。',
    note: '批注。',
    keywords: '{ zh: [流水线], en: [pipeline] }',
    ...fields,
  };
  return Object.entries(lines)
    .map(([key, value], index) => `${index === 0 ? '- ' : '  '}${key}: ${value}`)
    .join('\n');
};

const load = (text: string, name = 'automl.yaml') => loadAnnotations([{ path: `src/annotations/${name}`, text }], sections);

describe('the essay\'s annotations', () => {
  const { claims } = readEssay();

  test('all load, at least 40, at least 3 in every section', () => {
    expect(claims.length).toBeGreaterThanOrEqual(40);
    for (const section of ['introduction', 'what-research-is-for', 'software-vs-hardware', 'automl', 'benchmarks', 'state-of-the-art', 'alien-brain', 'three-directions']) {
      expect(claims.filter((claim) => claim.section === section).length, section).toBeGreaterThanOrEqual(3);
    }
  });

  test('include the two claims the product promises', () => {
    expect(claims.find((claim) => claim.id === 'hardware-drives-progress')).toMatchObject({ type: 'prediction', topics: expect.arrayContaining(['hardware-vs-software']) });
    expect(claims.find((claim) => claim.id === 'automl-pipeline-steps')).toMatchObject({ type: 'process', topics: expect.arrayContaining(['automl']) });
  });

  test('use every type and every topic', () => {
    expect(new Set(claims.map((claim) => claim.type))).toEqual(new Set(claimTypeIds));
    expect(new Set(claims.flatMap((claim) => claim.topics))).toEqual(new Set(topicIds));
  });
});

describe('a valid file', () => {
  test('gives claims with their section and origin, defaults filled', () => {
    const [claim] = load(entry());
    expect(claim).toMatchObject({ id: 'automl-pipeline-steps', section: 'automl', relations: [], sources: [], origin: { path: 'src/annotations/automl.yaml', entry: 1, line: 1 } });
  });
});

describe('a bad entry stops with file, line, entry and value', () => {
  const cases: [string, string, string, RegExp, number][] = [
    ['an unknown type', entry({ type: 'rumour' }), 'unknown-type', /Claim `automl-pipeline-steps` \(entry 1\): `type` .*got "rumour"/, 4],
    ['an unknown topic', entry({ topics: '[automl, astrology]' }), 'unknown-topic', /`topics\.1` .*got "astrology"/, 5],
    ['an id that is not kebab-case', entry({ id: 'AutoML_Steps' }), 'malformed-data', /`id` must be ASCII kebab-case.*got "AutoML_Steps"/, 1],
    ['a missing title', entry({ title: '""' }), 'unsafe-or-invalid-text', /`title`/, 2],
    ['an unknown field', entry({ colour: 'red' }), 'malformed-data', /Unrecognized key/, 1],
    ['raw HTML in a note', entry({ note: '"见 <script>alert(1)</script>"' }), 'unsafe-or-invalid-text', /raw HTML is not allowed in a note/, 7],
    ['an event handler in a note', entry({ note: '"图 <img src=x onerror=alert(1)>"' }), 'unsafe-or-invalid-text', /raw HTML is not allowed in a note: "<img src=x onerror=alert\(1\)>"/, 7],
    ['an autolink to javascript: in a note', entry({ note: '"<javascript:alert(1)>"' }), 'unsafe-or-invalid-text', /may link only to http\(s\) URLs/, 7],
    ['a javascript: link in a note', entry({ note: '"[点我](javascript:alert(1))"' }), 'unsafe-or-invalid-text', /may link only to http\(s\) URLs, not "javascript:alert\(1\)"/, 7],
    ['markup in a title', entry({ title: '"<b>粗</b>"' }), 'unsafe-or-invalid-text', /must be plain text/, 2],
    ['a title longer than 50 characters', entry({ title: '字'.repeat(51) }), 'title-length', /`title` has 51 characters; a title has at most 50/, 2],
    ['a glossary variant in a title', entry({ title: '自动化机器学习的流水线' }), 'glossary', /`title` has “自动化机器学习”: the edition writes “AutoML”/, 2],
    ['a glossary variant in the editor\'s note', `${entry()}\n  editor_note: 这是最先进水平。`, 'glossary', /`editor_note` has “最先进水平”: the edition writes “SOTA”/, 9],
    ['a source read on no real day', `${entry()}\n  sources:\n    - { title: 来源, url: "https://example.org/", accessed: 2026-02-30 }`, 'unsafe-or-invalid-text', /`sources\.0\.accessed` must be a date written YYYY-MM-DD/, 10],
  ];
  test.each(cases)('%s', (_name, text, ruleId, reason, line) => {
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId, line, file: 'src/annotations/automl.yaml', reason: expect.stringMatching(reason) }));
  });

  test('a javascript: source URL', () => {
    const text = `${entry()}\n  sources:\n    - title: 来源\n      url: "javascript:alert(1)"`;
    expect(() => load(text)).toThrow(expect.objectContaining({ reason: expect.stringMatching(/`sources\.0\.url` must be an http\(s\) URL: got "javascript:alert\(1\)"/), line: 11 }));
  });

  test('a duplicate id', () => {
    expect(() => load(`${entry()}\n${entry({ quote: '调参。' })}`)).toThrow(
      expect.objectContaining({ ruleId: 'duplicate-id', line: 9, reason: expect.stringMatching(/duplicate id `automl-pipeline-steps`, first used in src\/annotations\/automl\.yaml entry 1/) }),
    );
  });

  test('a former id that is some claim\'s id, current or former', () => {
    const renamed = `${entry()}\n  former_ids: [old-steps]`;
    expect(() => load(`${renamed}\n${entry({ id: 'old-steps', quote: '调参。' })}`)).toThrow(
      expect.objectContaining({ ruleId: 'duplicate-id', reason: expect.stringMatching(/entry 2\): duplicate id `old-steps`, first used in src\/annotations\/automl\.yaml entry 1/) }),
    );
  });

  test('a relation to a claim that does not exist', () => {
    const text = `${entry()}\n  relations:\n    - { type: supports, target: no-such-claim }`;
    // The message points at the relation's own line, not the claim's.
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'unknown-relation-target', line: 10, reason: expect.stringMatching(/relation `supports` → `no-such-claim` names no claim/) }));
  });

  const second = (relations = '') => `${entry({ id: 'data-scientist-steps', quote: '调参。' })}${relations}`;

  test('a second relation between the same two claims, either way', () => {
    const text = `${entry()}\n  relations:\n    - { type: supports, target: data-scientist-steps }\n${second('\n  relations:\n    - { type: elaborates, target: automl-pipeline-steps }')}`;
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'duplicate-relation', line: 20, reason: expect.stringMatching(/relates a pair already related \(`automl-pipeline-steps` supports `data-scientist-steps`\)/) }));
  });

  test('an answer to a claim that is not a question', () => {
    const text = `${entry()}\n  relations:\n    - { type: answers, target: data-scientist-steps }\n${second()}`;
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'relation-convention', line: 10, reason: expect.stringMatching(/names a process: `answers` must name a question/) }));
  });

  test('a contradiction written on the earlier claim', () => {
    const text = `${entry()}\n  relations:\n    - { type: contradicts, target: data-scientist-steps }\n${second()}`;
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'relation-convention', reason: expect.stringMatching(/names a later claim: write `contradicts` on the later of the two claims/) }));
    const later = `${entry()}\n${second('\n  relations:\n    - { type: contradicts, target: automl-pipeline-steps, by: editor }')}`;
    expect(load(later)[1]!.relations).toEqual([{ type: 'contradicts', target: 'automl-pipeline-steps', by: 'editor' }]);
  });

  test('a qualification of a question: a question is rewritten, not qualified', () => {
    const question = `${entry({ id: 'why-steps', type: 'question', quote: '调参。' })}`;
    const text = `${entry()}\n  relations:\n    - { type: qualifies, target: why-steps }\n${question}`;
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'relation-convention', line: 10, reason: expect.stringMatching(/relation `qualifies` → `why-steps` names a question: a question is rewritten \(`elaborates`\), not qualified/) }));
    // Either way round in the essay: a concession may come before or after what it limits.
    const earlier = `${entry()}\n  relations:\n    - { type: qualifies, target: data-scientist-steps }\n${second()}`;
    expect(load(earlier)[0]!.relations).toEqual([{ type: 'qualifies', target: 'data-scientist-steps', by: 'essay' }]);
    const later = `${entry()}\n${second('\n  relations:\n    - { type: qualifies, target: automl-pipeline-steps, by: editor }')}`;
    expect(load(later)[1]!.relations).toEqual([{ type: 'qualifies', target: 'automl-pipeline-steps', by: 'editor' }]);
  });

  test('an unknown relation type', () => {
    const text = `${entry()}\n  relations:\n    - { type: refutes, target: automl-pipeline-steps }`;
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'unknown-relation-type', reason: expect.stringMatching(/got "refutes"/) }));
  });

  test('a file named after no section', () => {
    expect(() => load(entry(), 'appendix.yaml')).toThrow(expect.objectContaining({ ruleId: 'unknown-section', reason: expect.stringMatching(/`appendix\.yaml` names no section of the essay; expected one of: introduction, automl/) }));
  });

  test('malformed YAML', () => {
    expect(() => load('- id: a-b\n  title: [unclosed\n')).toThrow(expect.objectContaining({ ruleId: 'malformed-data', line: 3, reason: expect.stringMatching(/^Malformed YAML: Flow sequence/) }));
  });

  test('a file that is not a list', () => {
    expect(() => load('id: a-b\n')).toThrow(expect.objectContaining({ ruleId: 'malformed-data', reason: expect.stringMatching(/must be a YAML list/) }));
  });
});

describe('each part of the commentary keeps its own voice', () => {
  const original = 'https://cerebralab.com/Takeaways%20From%203%20Years%20Working%20In%20Machine%20Learning';
  const cases: [string, string, RegExp, number][] = [
    ['the editor in the note', entry({ note: '作者说了这些。编者按：其实不然。' }), /`note` has “编者”: a note speaks for the text; put the editor's judgement in `editor_note`/, 7],
    ['a reading of the original in the note', entry({ note: '英文原文未能核对。' }), /`note` has “英文原文”/, 7],
    ['a hand-written label in the editor\'s note', `${entry()}\n  editor_note: 编者按：其实不然。`, /`editor_note` has “编者按”: the pages label this part 编者按 themselves/, 9],
    ['the original in the editor\'s note', `${entry()}\n  editor_note: 英文原文另有说法。`, /`editor_note` has “英文原文”: .*goes in `translation`/, 9],
    ['a hand-written check in a reading', `${entry()}\n  translation:\n    - { original: unchecked, note: 读作调参。英文原文未能核对。 }`, /`translation\.0\.note` has “英文原文未能核对”: the pages print the label and the `original` check themselves/, 10],
  ];
  test.each(cases)('%s stops the build', (_name, text, reason, line) => {
    expect(() => load(text)).toThrow(expect.objectContaining({ ruleId: 'editor-voice', line, file: 'src/annotations/automl.yaml', reason: expect.stringMatching(reason) }));
  });

  test('a title of exactly 50 characters, and the translation\'s own words quoted in “…”, pass', () => {
    const loaded = load(`${entry({ title: '字'.repeat(50) })}\n  editor_note: 译文说“自动机器学习”，本版写作 AutoML。`);
    expect(loaded[0]).toMatchObject({ title: '字'.repeat(50), editor_note: '译文说“自动机器学习”，本版写作 AutoML。' });
  });

  test('the vocabulary\'s own labels and definitions keep to the glossary too', () => {
    for (const set of [claimTypes, topics, relationTypes, noteParts, originalChecks, relationAuthors]) {
      for (const [id, term] of Object.entries(set)) expect(glossaryVariant(`${term.zh} ${term.definition}`), id).toBeUndefined();
    }
    expect(glossaryVariant('AutoML（自动化机器学习）的流水线')).toBeUndefined();
    expect(glossaryVariant('自动化机器学习的流水线')).toEqual({ found: '自动化机器学习', term: 'AutoML' });
  });

  test('a source may carry the day it was read and an archived copy', () => {
    const text = `${entry()}\n  sources:\n    - { title: 来源, url: "https://example.org/", accessed: 2026-12-05, archived: { url: "https://web.archive.org/web/20201201000000/https://example.org/", date: 2020-12-01 } }`;
    expect(load(text)[0]!.sources).toEqual([{ title: '来源', url: 'https://example.org/', accessed: '2026-12-05', archived: { url: 'https://web.archive.org/web/20201201000000/https://example.org/', date: '2020-12-01' } }]);
  });

  test('a reading marked checked must cite the original', () => {
    const reading = `${entry()}\n  translation:\n    - { original: checked, note: 原文是 architecture。 }`;
    expect(() => load(reading)).toThrow(expect.objectContaining({ ruleId: 'unsourced-check', line: 10, reason: expect.stringMatching(/`translation\.0\.original` is `checked`, so the claim's `sources` must cite the English original/) }));
    const cited = `${reading}\n  sources:\n    - { title: 原文, url: "${original}" }`;
    expect(load(cited)[0]).toMatchObject({ translation: [{ original: 'checked', note: '原文是 architecture。' }] });
  });

  test('the parts are rendered in order, each with its label, the reading with its check', () => {
    const claim = { note: '原文说了这些。', editor_note: '其实不然。', translation: [{ original: 'unchecked' as const, note: '读作*调参*。' }] };
    expect(commentaryHtml(claim)).toBe(
      '<p>原文说了这些。</p>' +
        '<p class="note-editor-note"><span class="note-label">编者按</span>：其实不然。</p>' +
        '<p class="note-translation"><span class="note-label">译文</span>：读作<em>调参</em>。<span class="note-check">（英文原文未能核对）</span></p>',
    );
    expect(commentaryText(claim)).toBe('原文说了这些。 编者按：其实不然。 译文：读作调参。（英文原文未能核对）');
  });

  test('every claim of the essay: notes in the text\'s voice, readings flagged, checked ones cited', () => {
    for (const claim of readEssay().claims) {
      expect(claim.note, claim.id).not.toMatch(/编者|英文原文/);
      for (const reading of claim.translation) {
        if (reading.original === 'checked') expect(claim.sources.map((source) => source.url), claim.id).toContain(original);
      }
    }
  });
});

test('the schema refuses a claim id that could clash with paragraph or card ids', () => {
  for (const id of ['p3', 'card', 'a--card']) {
    expect(claimEntrySchema.shape.id.safeParse(id).success, id).toBe(false);
  }
});
