/**
 * Astro integration: after the build, narrow each page's meta policy to the page's own inline
 * code, and to Pagefind's needs only where it runs (src/deploy/page-policy.ts), then write `<outDir>/_headers` (src/deploy/headers.ts) from
 * those policies, hashes included. A page without a policy stops the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { folderOf, headerRules, headersFile, type PagePolicy } from '../deploy/headers.ts';
import { folderHashes, narrowPagePolicy, ownHashes } from '../deploy/page-policy.ts';
import { readBuiltPages, writeBuiltFile } from '../source.ts';

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
/** The pages that run Pagefind (its WebAssembly and worker): the search page, for full-text results (src/browser/search/search-page.ts). */
const pagefindPages = new Set(['search/']);

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'essay-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readBuiltPages(outDir);
        const hashes = folderHashes(files.map(({ path, html }) => ({ path, hashes: ownHashes(html) })), folderOf);
        const pages: PagePolicy[] = files.map(({ file, path, html }) => {
          const narrowed = narrowPagePolicy(html, file, hashes.get(path), pagefindPages.has(path));
          writeBuiltFile(outDir, file, narrowed);
          return { path, policy: metaPolicy.exec(narrowed)![1]! };
        });
        const rules = headerRules(pages, base);
        writeBuiltFile(outDir, '_headers', headersFile(rules));
        logger.info(`wrote _headers: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
