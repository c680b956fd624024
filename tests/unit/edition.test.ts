import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List } from 'mdast';
import { parseEdition } from '../../src/essay/parse-edition.ts';
import { toSections, introductionTitle } from '../../src/essay/sections.ts';

const seed = readFileSync('seeds/000_81421c5192bbad47.txt', 'utf8');
const editionText = readFileSync('seeds/essay.md', 'utf8');
const edition = parseEdition(editionText);

/** The words of a text, one non-empty line per paragraph, whitespace normalised. */
function words(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The structured edition with its markup removed: comments, slugs, heading and list markers. */
function stripMarkup(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\{#[a-z0-9-]+\}\s*$/gm, '')
    .replace(/^#{1,2} ?/gm, '')
    .replace(/^(?:- |\d+\. )/gm, '');
}

describe('the structured edition', () => {
  test('has exactly the seed\'s words, character for character', () => {
    expect(words(stripMarkup(editionText))).toBe(words(seed.replace(/^# /, '')));
  });

  test('keeps the seed byte for byte beside it', () => {
    // The SHA-256 of the seed as it was handed over (shared/seeds/000_81421c5192bbad47.txt).
    expect(createHash('sha256').update(readFileSync('seeds/000_81421c5192bbad47.txt')).digest('hex')).toBe('acabf3cc95ace5dcae8a0c8874c0f0d1015863fe4a6834a70e3a6857aad5ece2');
  });

  test('splits into the introduction and seven sections, in order', () => {
    expect(edition.title).toBe('做了 5 年机器学习研究，我发现了这 7 个真相');
    expect(edition.byline).toBe('阿里云 06-01');
    expect(edition.sections.map((section) => [section.order, section.slug, section.heading])).toEqual([
      [0, 'introduction', ''],
      [1, 'what-research-is-for', '机器学习研究的作用是什么？'],
      [2, 'software-vs-hardware', '什么是软件能做，而硬件做不到的？'],
      [3, 'automl', '自动化机器学习'],
      [4, 'benchmarks', '机器学习中的基准和竞争'],
      [5, 'state-of-the-art', '机器学习在特定领域是否达到了“最先进水平”？'],
      [6, 'alien-brain', '机器学习更像是外星人的大脑'],
      [7, 'three-directions', '机器学习的3个发展方向'],
    ]);
  });

  test('gives every section a unique ASCII slug', () => {
    const slugs = edition.sections.map((section) => section.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('marks up the essay\'s lists', () => {
    const lists = (slug: string) =>
      fromMarkdown(edition.sections.find((section) => section.slug === slug)!.markdown)
        .children.filter((node): node is List => node.type === 'list')
        .map((list) => ({ ordered: list.ordered, items: list.children.length }));
    // The three kinds of "timeless claims".
    expect(lists('what-research-is-for')).toEqual([{ ordered: false, items: 3 }]);
    // What software people can do.
    expect(lists('software-vs-hardware')).toEqual([{ ordered: false, items: 2 }]);
    // The steps of an AutoML paper, then of a data scientist's job.
    expect(lists('automl')).toEqual([{ ordered: true, items: 5 }, { ordered: true, items: 5 }]);
    // The three current problems of benchmarks.
    expect(lists('benchmarks')).toEqual([{ ordered: true, items: 3 }]);
  });
});

describe('section records', () => {
  const sections = toSections(edition);

  test('name the introduction and link each section to its neighbours', () => {
    expect(sections[0]!.title).toBe(introductionTitle);
    expect(sections[0]!.previous).toBeNull();
    expect(sections[1]!.previous).toEqual({ slug: 'introduction', title: introductionTitle });
    expect(sections[3]!.next).toEqual({ slug: 'benchmarks', title: '机器学习中的基准和竞争' });
    expect(sections.at(-1)!.next).toBeNull();
  });

  test('carry the plain text, a unit per paragraph or list item, and a reading time', () => {
    const automl = sections.find((section) => section.slug === 'automl')!;
    const units = automl.text.split('\n');
    expect(units[1]).toBe('相关的学术论文可以归结为以下几个步骤：');
    expect(units[2]).toBe('架构。');
    expect(units).toHaveLength(1 + 1 + 5 + 1 + 5 + 2);
    const total = sections.reduce((sum, section) => sum + section.characters, 0);
    expect(total).toBeGreaterThan(4800);
    expect(automl.readingMinutes).toBe(Math.round(automl.characters / 400));
  });
});

describe('a malformed edition stops with the line', () => {
  const cases: [string, string, string, number][] = [
    ['a heading without a slug', '# T\n\nby\n\n## {#introduction}\n\nx\n\n## 标题\n\ny\n', 'missing-slug', 9],
    ['a repeated slug', '# T\n\nby\n\n## {#introduction}\n\nx\n\n## A {#a}\n\ny\n\n## B {#a}\n\nz\n', 'duplicate-slug', 13],
    ['a section without heading text', '# T\n\nby\n\n## {#introduction}\n\nx\n\n## {#untitled}\n\ny\n', 'missing-heading', 9],
    ['a slug that is not ASCII kebab-case', '# T\n\nby\n\n## {#introduction}\n\nx\n\n## A {#自动化}\n\ny\n', 'slug-format', 9],
    ['no title', 'by\n\n## {#introduction}\n\nx\n', 'missing-title', 1],
    ['an empty section', '# T\n\nby\n\n## {#introduction}\n\n## A {#a}\n\ny\n', 'empty-section', 5],
    ['text between byline and first section', '# T\n\nby\n\nstray\n\n## {#introduction}\n\nx\n', 'orphan-text', 5],
  ];
  test.each(cases)('%s', (_name, text, ruleId, line) => {
    expect(() => parseEdition(text, 'seeds/essay.md')).toThrow(
      expect.objectContaining({ ruleId, line, file: 'seeds/essay.md' }),
    );
    try {
      parseEdition(text, 'seeds/essay.md');
    } catch (error) {
      expect(String(error)).toMatch(new RegExp(`^seeds/essay\\.md:${line}:`));
    }
  });
});
