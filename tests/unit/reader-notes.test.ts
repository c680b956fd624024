/**
 * A reader's notes as data: anchoring in a section's text, export and import round trips (W3C
 * and Hypothesis), merging by id, and hostile files refused with a reason and nothing taken.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { describeText, locate } from '../../src/links/text-selectors.ts';
import { mergeNotes, notesCollection, notesMarkdown, readNotesFile } from '../../src/reader-notes/note-files.ts';
import { limits, type ReaderNote } from '../../src/reader-notes/note-schema.ts';
import { decodeShare, encodeShare, shareRefusal } from '../../src/reader-notes/share-link.ts';
import { marginPlaces } from '../../src/reader-notes/margin-places.ts';

const text = '在过去的十年里，机器学习的进步主要来自硬件。硬件之外，还有软件。最后一句说硬件。';
const urls = { origin: 'https://essay.example', base: '/seven-truths/' };
const sections = ['software-vs-hardware', 'automl'];
let counter = 0;
const options = { sections, now: '2026-12-02T00:00:00.000Z', newId: () => `new-${(counter += 1)}` };

const note = (over: Partial<ReaderNote> = {}): ReaderNote => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  section: 'software-vs-hardware',
  ...describeText(text, 19, 21),
  note: '硬件一词出现三次',
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T11:00:00.000Z',
  ...over,
});

describe('anchoring a reader’s words', () => {
  test('at their position while the words stand there', () => {
    expect(locate(text, describeText(text, 19, 21))).toEqual({ start: 19, end: 21 });
  });

  test('by their context when the text before them changed, among several equal words', () => {
    const selectors = describeText(text, 22, 24); // the second of three 硬件
    expect(text.slice(22, 24)).toBe('硬件');
    const edited = `新增的一句。${text}`;
    expect(locate(edited, selectors)).toEqual({ start: 28, end: 30 });
    // Without context, the one nearest to where the words were.
    expect(locate(text.replace('最后一句', '末句'), { ...selectors, prefix: '', suffix: '', start: 23 })).toEqual({ start: 22, end: 24 });
  });

  test('nowhere when the words are gone', () => {
    expect(locate(text.replace(/硬件/g, '算力'), describeText(text, 19, 21))).toBeUndefined();
  });

  test('any range of any text is found again where it was, and after text is added before it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (body, a, b, added) => {
        const start = a % body.length;
        const end = start + 1 + (b % (body.length - start));
        const selectors = describeText(body, start, end);
        expect(locate(body, selectors)).toEqual({ start, end });
        const moved = locate(added + body, selectors);
        expect(moved && (added + body).slice(moved.start, moved.end)).toBe(selectors.exact);
      }),
    );
  });
});

describe('export and import', () => {
  test('our W3C export, read back, gives the same notes (highlights and notes)', () => {
    const notes = [note(), note({ id: 'c0ffee00-0000-4000-8000-000000000002', note: '', ...describeText(text, 30, 32) })];
    const file = JSON.stringify(notesCollection(notes, urls, '我的批注'));
    const read = readNotesFile(file, options);
    expect(read).toEqual({ ok: true, notes, refused: [] });
    const collection = notesCollection(notes, urls, '我的批注');
    expect(collection.first.items.map((item) => item.motivation)).toEqual(['commenting', 'highlighting']);
    expect(collection.first.items[0]!.target.source).toBe('https://essay.example/seven-truths/software-vs-hardware/');
  });

  test('any notes survive the round trip (fast-check)', () => {
    const noteArbitrary = fc.record({
      id: fc.uuid(),
      section: fc.constantFrom(...sections),
      exact: fc.string({ minLength: 1, maxLength: 50 }).filter((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)),
      prefix: fc.constant('前'),
      suffix: fc.constant('后'),
      start: fc.nat({ max: 5000 }),
      note: fc.string({ maxLength: 200 }).filter((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)),
      created: fc.constant('2026-12-01T10:00:00.000Z'),
      modified: fc.constant('2026-12-01T10:00:00.000Z'),
    }).map((value) => ({ ...value, end: value.start + value.exact.length }));
    fc.assert(
      fc.property(fc.uniqueArray(noteArbitrary, { selector: (value) => value.id, maxLength: 20 }), (notes) => {
        const read = readNotesFile(JSON.stringify(notesCollection(notes, urls, 'x')), options);
        expect(read).toEqual({ ok: true, notes, refused: [] });
      }),
    );
  });

  test('a collection from another origin or base path is matched by its section path', () => {
    for (const site of [{ origin: 'http://localhost:4321', base: '/' }, { origin: 'https://x.github.io', base: '/seven-truths/' }, { origin: 'https://a.example', base: '/a/b/' }]) {
      const read = readNotesFile(JSON.stringify(notesCollection([note()], site, 'x')), { ...options, sections });
      expect(read.ok && read.notes.map((each) => each.section), JSON.stringify(site)).toEqual(['software-vs-hardware']);
    }
    // Another page of the site that ends in a section's name is not that section.
    const topic = JSON.parse(JSON.stringify(notesCollection([note()], urls, 'x')));
    topic.first.items[0].target.source = 'https://essay.example/topics/automl/';
    const read = readNotesFile(JSON.stringify(topic), options);
    expect(read.ok && read.refused).toEqual([{ item: 1, reason: '目标不是本站某一节的页面' }]);
  });

  test('tags travel: from Hypothesis, through our W3C export (tagging bodies) and back, and into Markdown', () => {
    const tagged = note({ tags: ['硬件', 'to read'] });
    const collection = notesCollection([tagged, note({ id: 'c0ffee00-0000-4000-8000-000000000003', note: '', tags: ['only tags'] })], urls, 'x');
    expect(collection.first.items[0]!.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'to read' });
    expect(collection.first.items[1]!.motivation).toBe('tagging');
    const read = readNotesFile(JSON.stringify(collection), options);
    expect(read.ok && read.notes.map((each) => each.tags)).toEqual([['硬件', 'to read'], ['only tags']]);
    expect(notesMarkdown([tagged], [{ slug: 'software-vs-hardware', title: '软件与硬件' }], urls, 'x', {})).toContain('标签：硬件、to read');
  });

  test('Hypothesis’s JSON export imports: quote, position, text, dates, its id kept apart', () => {
    const exported = {
      export_date: '2026-12-02T00:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.0',
      annotations: [
        {
          id: 'Ab12Cd34',
          created: '2026-11-30T08:00:00.000+00:00',
          updated: '2026-11-30T09:00:00.000+00:00',
          uri: 'https://essay.example/seven-truths/software-vs-hardware/',
          text: '读者在 Hypothesis 里的批注',
          tags: ['硬件'],
          document: { title: ['软件与硬件'] },
          target: [
            {
              source: 'https://essay.example/seven-truths/software-vs-hardware/',
              selector: [
                { type: 'RangeSelector', startContainer: '/main[1]/p[1]', startOffset: 19, endContainer: '/main[1]/p[1]', endOffset: 21 },
                { type: 'TextPositionSelector', start: 19, end: 21 },
                { type: 'TextQuoteSelector', exact: '硬件', prefix: '机器学习的进步主要来自', suffix: '。硬件之外' },
              ],
            },
          ],
        },
        { id: 'Elsewhere', uri: 'https://other.example/page', text: 'x', target: [{ source: 'https://other.example/page', selector: [] }] },
      ],
    };
    const read = readNotesFile(JSON.stringify(exported), options);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.notes).toEqual([
      { id: 'hypothesis:Ab12Cd34', section: 'software-vs-hardware', exact: '硬件', prefix: '机器学习的进步主要来自', suffix: '。硬件之外', start: 19, end: 21, note: '读者在 Hypothesis 里的批注', tags: ['硬件'], created: '2026-11-30T08:00:00.000+00:00', modified: '2026-11-30T09:00:00.000+00:00' },
    ]);
    expect(read.refused).toEqual([{ item: 2, reason: '目标不是本站某一节的页面' }]);
  });

  test('Markdown: a heading per section in essay order, the quote, the note, a link that opens the words at their paragraph', () => {
    const section = { text: `第一段。\n${text}`, blocks: [['p1', 0, 4], ['p2', 5, 5 + text.length]] as [string, number, number][] };
    const markdown = notesMarkdown([note({ note: '第一行\n**不是粗体** <script>', ...describeText(section.text, 24, 26) })], [{ slug: 'software-vs-hardware', title: '软件与硬件' }], urls, '我的批注', { 'software-vs-hardware': section });
    expect(markdown).toContain('## 软件与硬件');
    expect(markdown).toContain('> 硬件');
    expect(markdown).toContain('\\*\\*不是粗体\\*\\* \\<script\\>');
    expect(markdown).toMatch(/\(<https:\/\/essay\.example\/seven-truths\/software-vs-hardware\/#p2:~:text=[^>]*%E7%A1%AC%E4%BB%B6[^>]*>\)/);
    // Without the section's text (or with the words gone), the link opens the section.
    expect(notesMarkdown([note()], [{ slug: 'software-vs-hardware', title: '软件与硬件' }], urls, '我的批注', {})).toContain('(<https://essay.example/seven-truths/software-vs-hardware/>)');
  });
});

describe('hostile files change nothing', () => {
  test.each([
    ['malformed JSON', '{"annotations": [', /^不是有效的 JSON：第 1 行第 18 列附近（文件在中途结束）$/],
    // Said in Chinese, with the place where the runtime's message gives one (V8's gives none here).
    ['JSON with a fault inside', '{\n  "annotations": [1,,2]\n}', /^不是有效的 JSON(：第 2 行第 \d+ 列附近)?$/],
    ['another kind of file', '{"name": "package"}', /^不是批注文件/],
    ['too many items', JSON.stringify({ annotations: Array.from({ length: 100_000 }, () => ({})) }), /^条目太多：100000 条/],
    ['too large', `{"x":"${'a'.repeat(limits.fileBytes)}"}`, /^文件太大/],
  ])('%s: one clear message, no notes', (_, file, message) => {
    const read = readNotesFile(file, options);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(message);
  });

  test('items of the wrong types are refused one by one, with their number and why', () => {
    const collection = notesCollection([note()], urls, 'x');
    const good = collection.first.items[0]!;
    const items = [
      good,
      { ...good, id: 'urn:uuid:2', created: 'yesterday' },
      { ...good, id: 'urn:uuid:3', body: [{ type: 'TextualBody', value: 42 }] },
      { ...good, id: 'urn:uuid:4', target: { source: 'javascript:alert(1)', selector: good.target.selector } },
      { ...good, id: 'urn:uuid:5', body: [{ type: 'TextualBody', value: 'a\u0000b' }] },
      'not an object',
    ];
    const read = readNotesFile(JSON.stringify({ ...collection, first: { ...collection.first, items } }), options);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.notes.map((each) => each.id)).toEqual([note().id]);
    expect(read.refused.map((refusal) => refusal.item)).toEqual([2, 3, 4, 5, 6]);
    for (const refusal of read.refused) expect(refusal.reason.length).toBeGreaterThan(0);
  });

  test('script in a note is kept as the text it is', () => {
    const read = readNotesFile(JSON.stringify(notesCollection([note({ note: '<img src=x onerror=alert(1)>' })], urls, 'x')), options);
    expect(read.ok && read.notes[0]!.note).toBe('<img src=x onerror=alert(1)>');
  });

  test('refused alone, each with its reason: text-reordering characters, dates in the future, an id already in the file', () => {
    const collection = notesCollection(
      [
        note({ id: 'rtl', note: 'photo\u202Egnp.exe' }),
        note({ id: 'isolate', exact: '\u2067硬件' }),
        note({ id: 'future', modified: '2027-06-01T00:00:00.000Z' }),
        note({ id: 'twice' }),
        note({ id: 'twice', note: '同一个 id 的第二条' }),
        // A clock a few minutes ahead is no fault.
        note({ id: 'skewed', modified: '2026-12-02T00:05:00.000Z' }),
      ],
      urls,
      'x',
    );
    const read = readNotesFile(JSON.stringify(collection), options);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.notes.map((each) => each.id)).toEqual(['twice', 'skewed']);
    expect(read.refused).toEqual([
      { item: 1, reason: 'note：含有改变文字方向的控制字符' },
      { item: 2, reason: 'exact：含有改变文字方向的控制字符' },
      { item: 3, reason: 'modified：日期在未来（2027-06-01T00:00:00.000Z）' },
      { item: 5, reason: '与第 4 条的 id 相同（twice）' },
    ]);
  });
});

describe('merging by id', () => {
  test('new ids are added, newer copies taken, older ones kept; never a duplicate', () => {
    const stored = [note(), note({ id: 'b', modified: '2026-12-01T12:00:00.000Z' })];
    const incoming = [note({ modified: '2026-12-02T00:00:00.000Z', note: '改过' }), note({ id: 'b', note: '旧的' }), note({ id: 'c' })];
    const merge = mergeNotes(stored, incoming);
    expect(merge.notes.map((each) => [each.id, each.note])).toEqual([
      [note().id, '改过'],
      ['b', '硬件一词出现三次'],
      ['c', '硬件一词出现三次'],
    ]);
    expect([merge.added.length, merge.merged.length, merge.kept.length]).toEqual([1, 1, 1]);
    expect(mergeNotes(merge.notes, incoming).notes).toEqual(merge.notes);
  });
});

describe('a share link', () => {
  test('carries notes in the fragment and back, compressed', async () => {
    const notes = [note(), note({ id: 'b', note: '', ...describeText(text, 30, 32) })];
    const value = await encodeShare(notes);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(JSON.stringify(notes).length);
    await expect(decodeShare(value)).resolves.toEqual({ ok: true, notes });
  });

  test('a tampered, truncated or oversized link shows nothing, with a reason', async () => {
    const value = await encodeShare([note()]);
    for (const bad of [value.slice(0, 10), `${value}!`, 'AAAA', '']) {
      const decoded = await decodeShare(bad);
      expect(decoded.ok, bad).toBe(false);
    }
    // A bomb: a megabyte of zeros deflates to about a kilobyte.
    const bomb = await (async () => {
      const zeros = new Uint8Array(1024 * 1024).fill(48);
      const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    })();
    const decoded = await decodeShare(bomb);
    expect(decoded).toEqual({ ok: false, error: '分享的批注太大：解压后超过 256 KB' });
    // Notes of the wrong shape are refused, not shown.
    const wrong = await encodeShare([note({ section: 'Not A Section' } as Partial<ReaderNote>)]).catch(() => '');
    expect((await decodeShare(wrong)).ok).toBe(false);
  });

  test('at most 50 notes, and no more than a receiver accepts, said before a link is made', async () => {
    await expect(encodeShare(Array.from({ length: 51 }, (_, index) => note({ id: String(index) })))).rejects.toThrow('一次最多分享 50 条批注');
    // Twelve notes of 9,000 characters: within the limits of a note, beyond what a link carries.
    const long = Array.from({ length: 12 }, (_, index) => note({ id: String(index), note: '长'.repeat(9_000) }));
    expect(shareRefusal(long)).toMatch(/^这些批注共 \d+ KB，分享链接最多容纳 256 KB$/);
    await expect(encodeShare(long)).rejects.toThrow('分享链接最多容纳 256 KB');
  });

  test('a long share (hundreds of kilobytes of link) is made without overflowing the stack, and read back', async () => {
    // Words that do not compress: a long link.
    const random = fc.sample(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 9_000, maxLength: 9_000 }), { numRuns: 24, seed: 7 });
    const notes = Array.from({ length: 24 }, (_, index) => note({ id: String(index), note: random[index]! }));
    const value = await encodeShare(notes);
    expect(value.length).toBeGreaterThan(100_000);
    await expect(decodeShare(value)).resolves.toEqual({ ok: true, notes });
  });

  test('tags are shared too', async () => {
    const tagged = [note({ tags: ['硬件'] })];
    await expect(decodeShare(await encodeShare(tagged))).resolves.toEqual({ ok: true, notes: tagged });
  });
});

describe('marginPlaces', () => {
  test('a note stands at its words when the margin is free there', () => {
    expect(marginPlaces([{ top: 100, height: 40 }], [{ top: 0, bottom: 50 }], 10)).toEqual([100]);
  });
  test('a note moves below an editor note it would cover, into the first gap tall enough', () => {
    // The gap 160–200 is too short for 60 (with 10 each side); 280 on is free.
    expect(marginPlaces([{ top: 120, height: 60 }], [{ top: 100, bottom: 150 }, { top: 210, bottom: 270 }], 10)).toEqual([280]);
  });
  test('notes keep their order and never overlap each other or the editor notes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ top: fc.integer({ min: 0, max: 2000 }), height: fc.integer({ min: 1, max: 200 }) }), { maxLength: 30 }),
        fc.array(fc.record({ top: fc.integer({ min: 0, max: 2000 }), height: fc.integer({ min: 1, max: 200 }) }), { maxLength: 30 }),
        (boxes, editor) => {
          const wanted = [...boxes].sort((a, b) => a.top - b.top);
          const taken = editor.map(({ top, height }) => ({ top, bottom: top + height }));
          const tops = marginPlaces(wanted, taken, 8);
          const placed = tops.map((top, index) => ({ top, bottom: top + wanted[index]!.height }));
          const clear = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.bottom + 8 <= b.top || b.bottom + 8 <= a.top;
          tops.forEach((top, index) => {
            expect(top).toBeGreaterThanOrEqual(wanted[index]!.top);
            if (index > 0) expect(top).toBeGreaterThan(tops[index - 1]!);
            for (const span of taken) expect(clear(placed[index]!, span)).toBe(true);
            for (const other of placed.slice(0, index)) expect(clear(placed[index]!, other)).toBe(true);
          });
        },
      ),
    );
  });
});
