/**
 * Astro integration: after the build, write `<outDir>/_headers` (src/deploy/headers.ts) from the
 * policy each built page carries in its meta tag, hashes included. A page without a policy stops
 * the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerRules, headersFile, type PagePolicy } from '../deploy/headers.ts';

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

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
        const pages: PagePolicy[] = globSync('**/*.html', { cwd: outDir })
          .filter((file) => !file.startsWith('pagefind/'))
          .sort()
          .map((file) => {
            const policy = metaPolicy.exec(readFileSync(join(outDir, file), 'utf8'))?.[1];
            if (!policy) throw new Error(`${file}: no content-security-policy meta tag, so _headers cannot carry its policy`);
            return { path: file === 'index.html' ? '' : file.replace(/index\.html$/, ''), policy };
          });
        const rules = headerRules(pages, base);
        writeFileSync(join(outDir, '_headers'), headersFile(rules));
        logger.info(`wrote _headers: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
