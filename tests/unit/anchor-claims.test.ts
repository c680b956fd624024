/**
 * Anchoring claims to the essay's words, through the real unified processor: what each kind of
 * quote becomes in HTML, and how each kind of bad annotation stops the build.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderSection, testClaim } from './helpers.ts';

/**
 * The claim element's opening tag and marker, as the tests expect them: the wrapper has no role or
 * name (the words are read once), the marker is named by its type and number.
 */
const open = (id: string, kind: 'inline' | 'block' = 'inline', number = 1, tag = kind === 'inline' ? 'span' : 'div') =>
  `<${tag} id="${id}" class="claim claim-${kind}" data-claim-type="thesis"><button type="button" class="claim-marker" popovertarget="${id}--card" aria-label="论点批注 ${number}" data-label="论点" data-claim-type="thesis"></button>`;
const selfLink = (id: string, label: string) => `<a class="self-link" href="#${id}" aria-label="${label}"></a>`;

describe('a claim is anchored to', () => {
  test('a phrase within a paragraph', async () => {
    const html = await renderSection('硬件的进步决定了一切。', [testClaim({ id: 'a-phrase', quote: '决定了一切' })]);
    expect(html).toBe(`<p id="p1">硬件的进步${open('a-phrase')}决定了一切</span>。${selfLink('p1', '链接到第 1 段')}</p>`);
  });

  test('a sentence that starts inside emphasis, splitting the emphasis', async () => {
    const html = await renderSection('他说*这很重要*，然后走了。', [testClaim({ id: 'across-emphasis', quote: '重要，然后' })]);
    expect(html).toContain(`他说<em>这很</em>${open('across-emphasis')}<em>重要</em>，然后</span>走了。`);
  });

  test('a sentence that spans a link and strong text', async () => {
    const html = await renderSection('甲乙[丙**丁戊**](https://example.com/)己庚。', [testClaim({ id: 'across-link', quote: '丁戊己' })]);
    expect(html).toContain('甲乙<a href="https://example.com/">丙</a>');
    expect(html).toContain(`${open('across-link')}<a href="https://example.com/"><strong>丁戊</strong></a>己</span>庚。`);
  });

  test('a whole paragraph', async () => {
    const html = await renderSection('第一段。\n\n第二段，全部是论断。', [testClaim({ id: 'whole-paragraph', quote: '第二段，全部是论断。' })]);
    expect(html).toContain(`<p id="p2">${open('whole-paragraph')}第二段，全部是论断。</span>${selfLink('p2', '链接到第 2 段')}</p>`);
  });

  test('a whole list', async () => {
    const html = await renderSection('步骤如下：\n\n1. 架构。\n2. 调参。\n', [testClaim({ id: 'whole-list', quote: '架构。\n调参。' })]);
    expect(html).toContain(`${open('whole-list', 'block')}\n<ol id="p2">`);
    expect(html).toMatch(/<\/ol>\n<\/div>$/);
  });

  test('a paragraph and the list after it', async () => {
    const html = await renderSection('前言。\n\n步骤如下：\n\n- 甲\n- 乙\n\n后记。', [testClaim({ id: 'lead-and-list', quote: '步骤如下：\n甲\n乙' })]);
    expect(html).toMatch(new RegExp(`<p id="p1">前言。.*</p>\n${escape(open('lead-and-list', 'block'))}\n<p id="p2">步骤如下：.*</p>\n<ul id="p3">[\\s\\S]*</ul>\n</div>\n<p id="p4">后记。`));
  });

  test('claims nested in one another, in words and in blocks, numbered in the order of their words', async () => {
    const claims = [
      testClaim({ id: 'outer-list', quote: '步骤如下：\n架构。\n对超参数做小修改。' }, 1),
      testClaim({ id: 'whole-list', quote: '架构。\n对超参数做小修改。' }, 2),
      testClaim({ id: 'inner-item', quote: '对超参数做小修改。' }, 3),
      testClaim({ id: 'innermost-words', quote: '超参数' }, 4),
    ];
    const html = await renderSection('步骤如下：\n\n1. 架构。\n2. 对超参数做小修改。\n', claims);
    expect(html).toContain(`${open('whole-list', 'block', 2)}\n<ol id="p2">`);
    expect(html.indexOf('id="outer-list"')).toBeLessThan(html.indexOf('id="whole-list"'));
    expect(html).toContain(`<li id="p2-2">${open('inner-item', 'inline', 3)}对${open('innermost-words', 'inline', 4)}超参数</span>做小修改。</span>`);
    expect(html.indexOf('id="outer-list"')).toBeLessThan(html.indexOf('id="inner-item"'));
    expect(html).toMatch(/<\/ol>\n<\/div>\n<\/div>$/);
  });

  test('a renamed claim, keeping its former id as an empty alias at its start', async () => {
    const html = await renderSection('硬件的进步决定了一切。', [testClaim({ id: 'new-name', quote: '决定了一切', former_ids: ['old-name'] })]);
    expect(html).toContain(`${open('new-name').replace('<button', '<span id="old-name" class="claim-alias"></span><button')}决定了一切</span>`);
  });

  test('the occurrence its prefix or suffix names', async () => {
    const markdown = '机器学习很难。统计学习更难。深度学习最难。';
    const byPrefix = await renderSection(markdown, [testClaim({ id: 'by-prefix', quote: '学习', prefix: '统计' })]);
    expect(byPrefix).toContain(`统计${open('by-prefix')}学习</span>更难`);
    const bySuffix = await renderSection(markdown, [testClaim({ id: 'by-suffix', quote: '学习', suffix: '最难' })]);
    expect(bySuffix).toContain(`深度${open('by-suffix')}学习</span>最难`);
  });
});

describe('a bad claim stops the build, naming the claim, its file and entry', () => {
  // Astro's renderer logs every failure before rethrowing it; here the failures are the point.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const fails = (markdown: string, claims: ReturnType<typeof testClaim>[]) => renderSection(markdown, claims);

  test('when its quote is not in the section, showing the closest passage', async () => {
    await expect(fails('硬件的进步决定了未来的大多数进步。', [testClaim({ id: 'missing', quote: '硬件的发展决定了未来' }, 2)])).rejects.toMatchObject({
      ruleId: 'quote-not-found',
      file: 'src/annotations/test.yaml',
      line: 20,
      reason: expect.stringMatching(/^Claim `missing` \(entry 2\): quote not found in section `test`: .*closest passage is "硬件的进步决定了未来"/),
    });
  });

  test('when its quote occurs more than once, saying how often', async () => {
    await expect(fails('学习，学习，再学习。', [testClaim({ id: 'ambiguous', quote: '学习' })])).rejects.toMatchObject({
      ruleId: 'quote-ambiguous',
      reason: expect.stringMatching(/quote found 3 times .*add a `prefix` or `suffix`/),
    });
  });

  test('when its prefix rules out every occurrence', async () => {
    await expect(fails('学习，学习。', [testClaim({ id: 'bad-prefix', quote: '学习', prefix: '不' })])).rejects.toMatchObject({ ruleId: 'quote-not-found' });
  });

  test('when two claims overlap without nesting, naming both', async () => {
    await expect(fails('甲乙丙丁戊。', [testClaim({ id: 'first-part', quote: '甲乙丙' }, 1), testClaim({ id: 'second-part', quote: '丙丁戊' }, 2)])).rejects.toMatchObject({
      ruleId: 'claims-overlap',
      reason: expect.stringMatching(/^Claim `second-part` \(entry 2\): overlaps claim `first-part` \(src\/annotations\/test\.yaml entry 1\)/),
    });
  });

  test('when it is listed before a claim whose words come first, naming both', async () => {
    await expect(fails('甲乙丙丁戊。', [testClaim({ id: 'later-words', quote: '丁戊' }, 1), testClaim({ id: 'earlier-words', quote: '甲乙' }, 2)])).rejects.toMatchObject({
      ruleId: 'claims-out-of-order',
      line: 20,
      reason: expect.stringMatching(/^Claim `earlier-words` \(entry 2\): is listed after claim `later-words` \(entry 1\) but its words come first/),
    });
    // A claim nested in another comes after it, even when both start at the same word.
    await expect(fails('甲乙丙丁戊。', [testClaim({ id: 'inner', quote: '甲乙' }, 1), testClaim({ id: 'outer', quote: '甲乙丙' }, 2)])).rejects.toMatchObject({ ruleId: 'claims-out-of-order' });
  });

  test('when its quote covers part of a list and crosses into another block', async () => {
    await expect(fails('前言。\n\n- 甲\n- 乙\n- 丙\n', [testClaim({ id: 'part-of-list', quote: '甲\n乙' })])).rejects.toMatchObject({ ruleId: 'partial-block' });
    await expect(fails('第一段。\n\n第二段。', [testClaim({ id: 'mid-paragraph', quote: '段。\n第二段。' })])).rejects.toMatchObject({ ruleId: 'partial-block' });
  });
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
