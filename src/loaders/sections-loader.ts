/**
 * Content loader for the `sections` collection: each section's data, and its HTML rendered by the
 * configured unified processor (so the claim and anchor plugins run). The section's slug goes in
 * as front matter, which is how remark-claims knows which claims to anchor.
 */
import type { Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { editionPath } from '../source.ts';
import { checkClaims } from '../claims/check-claims.ts';
import { toSections } from '../essay/sections.ts';
import { formatFailure, isPositioned } from '../claims/format-failure.ts';

/**
 * A stop from the essay or its claims, as one compact message (file:line:col, rule, entry, the
 * quote's differences) in a plain error: Astro prints a VFileMessage's every field.
 */
export function readableFailure(error: unknown, root: string): unknown {
  if (!isPositioned(error)) return error;
  const readable = new Error(formatFailure(error, (path) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  }));
  readable.stack = readable.message;
  return readable;
}

export function sectionsLoader(): Loader {
  return {
    name: 'essay-sections',
    async load({ store, renderMarkdown, parseData, config, watcher }) {
      const root = new URL(config.root).pathname;
      // Checked here first, as `npm run claims` checks them, so that a stop is printed once and
      // readably rather than from inside Astro's Markdown renderer, which logs every field.
      let edition;
      try {
        ({ edition } = checkClaims(root));
      } catch (error) {
        throw readableFailure(error, root);
      }
      const fileURL = pathToFileURL(join(root, editionPath));
      store.clear();
      const sections = toSections(edition);
      for (const [index, section] of sections.entries()) {
        const markdown = edition.sections[index]!.markdown;
        const rendered = await renderMarkdown(`---\nsection: ${section.slug}\n---\n${markdown}`, { fileURL });
        const data = await parseData({ id: section.slug, data: { ...section } });
        store.set({ id: section.slug, data, rendered, filePath: editionPath });
      }
      watcher?.add(join(root, editionPath));
    },
  };
}
