/**
 * Content loader for the `sections` collection: each section's data, and its HTML rendered by the
 * essay's own unified processor (src/markdown/pipeline.ts) with the claims as they are on disk
 * now, so that in `astro dev` an edited annotation shows without a restart (./reload-on-edit.ts).
 * The claims are checked first as `npm run claims` checks them, so a fault stops the build with
 * one readable message: @astrojs/markdown-remark's renderer logs every field of a stop raised
 * inside it before rethrowing (tried), so anchoring twice is the price of printing it once.
 */
import type { Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { editionPath, readCheckedEssay, setEditFailure } from '../source.ts';
import { toSections } from '../essay/sections.ts';
import { essayProcessorOptions } from '../markdown/pipeline.ts';
import { readableFailure, reloadOnEdit } from './reload-on-edit.ts';

export function sectionsLoader(): Loader {
  let watching = false;
  return {
    name: 'essay-sections',
    async load(context) {
      const { store, parseData, config } = context;
      const root = new URL(config.root).pathname;
      const fileURL = pathToFileURL(join(root, editionPath));
      const sync = async () => {
        const { edition, claims } = readCheckedEssay(root);
        const renderer = await unified(essayProcessorOptions(claims)).createRenderer({} as never);
        const entries = [];
        for (const [index, section] of toSections(edition).entries()) {
          const { code, metadata } = await renderer.render(edition.sections[index]!.markdown, { frontmatter: { section: section.slug }, fileURL } as never);
          const data = await parseData({ id: section.slug, data: { ...section } });
          entries.push({ id: section.slug, data, rendered: { html: code, metadata: { ...metadata, imagePaths: [] } }, filePath: editionPath });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      try {
        await sync();
      } catch (error) {
        throw readableFailure(error, root);
      }
      // A fault a previous dev session left standing is gone.
      setEditFailure(root, undefined);
      if (!watching) reloadOnEdit(context, root, sync, { reports: true });
      watching = true;
    },
  };
}
