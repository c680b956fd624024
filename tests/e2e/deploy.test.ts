/** What a deployment needs from the built files: sitemap and canonical URLs when SITE is set. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { notesLinkScript } from '../../src/reader-notes/notes-link-script.ts';
import { restoreChoiceScript } from '../../src/notes-view/note-styles.ts';

const sites = inject('sites');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('a build with SITE and BASE_PATH', () => {
  const { dir } = sites.base;

  test('has a sitemap listing every section under the sub-path', () => {
    const index = read(dir, 'sitemap-index.xml');
    expect(index).toContain('https://essay.example/seven-truths/sitemap-0.xml');
    const sitemap = read(dir, 'sitemap-0.xml');
    for (const slug of ['introduction', 'automl', 'three-directions']) {
      expect(sitemap).toContain(`<loc>https://essay.example/seven-truths/${slug}/</loc>`);
    }
    expect(sitemap).not.toContain('404');
  });

  test('gives each page a canonical URL, a description and Open Graph tags', () => {
    const html = read(dir, 'automl/index.html');
    expect(html).toContain('<link rel="canonical" href="https://essay.example/seven-truths/automl/">');
    expect(html).toContain('<meta property="og:url" content="https://essay.example/seven-truths/automl/">');
    expect(html).toMatch(/<meta property="og:title" content="自动化机器学习 — /);
    expect(html).toMatch(/<meta name="description" content="过去几年/);
    expect(html).toContain('<html lang="zh-CN"');
  });
});

describe('a build without SITE', () => {
  test('has no sitemap and no canonical URL', () => {
    const { dir } = sites.root;
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(false);
    expect(read(dir, 'automl/index.html')).not.toContain('rel="canonical"');
  });

  test('reading pages load no script file: only the small inline page scripts (the header\'s, the page\'s), and on sections their notes\' scripts', () => {
    const { dir } = sites.root;
    for (const path of ['index.html', 'claims/index.html']) {
      const html = read(dir, path);
      expect(html.match(/<script\b[^>]*>/g) ?? [], path).toEqual(['<script>', '<script type="module">']);
      expect(html, path).toContain(`<script>${notesLinkScript('/')}</script>`);
    }
    for (const path of ['automl/index.html', 'introduction/index.html']) {
      const html = read(dir, path);
      expect(html.match(/<script\b[^>]*>/g), path).toEqual(['<script>', '<script>', '<script type="module">', '<script type="module">']);
      expect(html, path).toContain(`<script>${restoreChoiceScript}</script>`);
    }
  });
});
