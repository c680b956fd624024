/**
 * Stable links: every URL in the committed list still resolves in the build (a renamed claim's
 * old URLs through its `former_ids`), and every public URL of the build is in the list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { publicUrls, readList } from '../../scripts/public-urls.ts';

const { dir } = inject('sites').root;
const listed = readList();

describe('the committed list of public URLs', () => {
  test('every listed URL resolves to a page, and its fragment to an element', () => {
    const broken = listed.filter((url) => {
      const [path, fragment] = url.split('#') as [string, string | undefined];
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      if (!existsSync(file)) return true;
      return fragment !== undefined && !readFileSync(file, 'utf8').includes(` id="${fragment}"`);
    });
    expect(broken, 'URLs that stopped resolving: add the old id to the claim\'s former_ids').toEqual([]);
  });

  test('lists every public URL of the build', () => {
    const unlisted = publicUrls(dir).filter((url) => !listed.includes(url));
    expect(unlisted, 'new public URLs: record them with `npm run urls`').toEqual([]);
  });

  test('covers sections, paragraphs, claims in context and on their pages, facets, exports and the e-book', () => {
    for (const url of ['/automl/', '/automl/#p3-2', '/automl/#automl-pipeline-steps', '/claims/automl-pipeline-steps/', '/topics/automl/', '/types/process/', '/claims.json', '/annotations.jsonld', '/seven-truths.epub']) {
      expect(listed).toContain(url);
    }
  });
});
