/**
 * The public URLs of a built site, as site paths without the base: every page, every paragraph
 * and claim anchor of the section pages (claims' former ids included), the exports and the e-book. Tests
 * compare them with the committed list in tests/public-urls.txt; `npm run urls` rewrites it.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { epubFileName } from '../src/epub/build-epub.ts';

export const listPath = 'tests/public-urls.txt';

const paragraphId = /^p\d+(?:-\d+)?$/;

export function publicUrls(dir: string): string[] {
  const urls: string[] = ['/claims.json', '/annotations.jsonld', `/${epubFileName}`];
  for (const file of globSync('**/index.html', { cwd: dir })) {
    const path = `/${file.slice(0, -'index.html'.length)}`;
    urls.push(path);
    const html = readFileSync(join(dir, file), 'utf8');
    // Only section pages carry the essay's paragraph and claim anchors.
    if (!html.includes('class="essay-text"')) continue;
    visit(fromHtml(html), 'element', (node) => {
      const id = node.properties.id;
      const classes = node.properties.className;
      const isClaim = Array.isArray(classes) && (classes.includes('claim') || classes.includes('claim-alias'));
      if (typeof id === 'string' && (paragraphId.test(id) || isClaim)) urls.push(`${path}#${id}`);
    });
  }
  return [...new Set(urls)].sort();
}

export function readList(): string[] {
  return readFileSync(listPath, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
}

// `node scripts/public-urls.ts dist`: record the URLs of a build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = publicUrls(process.argv[2] ?? 'dist');
  const header = '# Every public URL of the site (site paths; the base is prepended when deployed).\n# A test fails when one stops resolving. Rename a claim with `former_ids` (see README).\n';
  writeFileSync(listPath, header + urls.join('\n') + '\n');
  console.log(`${urls.length} public URLs written to ${listPath}`);
}
