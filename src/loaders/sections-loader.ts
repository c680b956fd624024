/**
 * Content loader for the `sections` collection: each section's data, and its HTML rendered by the
 * configured unified processor (so the claim and anchor plugins run). The section's slug goes in
 * as front matter, which is how remark-claims knows which claims to anchor.
 */
import type { Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { editionPath, readEssay } from '../source.ts';
import { toSections } from '../essay/sections.ts';

export function sectionsLoader(): Loader {
  return {
    name: 'essay-sections',
    async load({ store, renderMarkdown, parseData, config, watcher }) {
      const root = new URL(config.root).pathname;
      const { edition } = readEssay(root);
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
