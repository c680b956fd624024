/**
 * Astro integration: after the build, index the claims and sections with Pagefind's Node API and
 * write the bundle to `<outDir>/pagefind/`. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readEssay } from '../source.ts';
import { toSections } from '../essay/sections.ts';
import { searchRecords } from '../search/records.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'essay-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { edition, claims } = readEssay();
        const records = searchRecords(toSections(edition), claims.map((claim, order) => ({ ...claim, order })));
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('createIndex', errors);
          for (const record of records) {
            const added = await index!.addHTMLFile({ url: record.url, content: record.content });
            check(`indexing ${record.url}`, added.errors);
          }
          const outputPath = join(fileURLToPath(dir), 'pagefind');
          check('writeFiles', (await index!.writeFiles({ outputPath })).errors);
          logger.info(`indexed ${records.length} records into ${outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
