/**
 * Content loader for the `claims` collection: the validated annotations, in essay order, loaded
 * again in `astro dev` when an annotation file is saved (./reload-on-edit.ts).
 */
import type { Loader } from 'astro/loaders';
import { readEssay } from '../source.ts';
import { reloadOnEdit } from './reload-on-edit.ts';

export function claimsLoader(): Loader {
  let watching = false;
  return {
    name: 'essay-claims',
    async load(context) {
      const { store, parseData, config } = context;
      const root = new URL(config.root).pathname;
      const sync = async () => {
        const { claims } = readEssay(root);
        const entries = [];
        for (const [order, { origin, ...claim }] of claims.entries()) {
          entries.push({ id: claim.id, data: await parseData({ id: claim.id, data: { ...claim, order } }), filePath: origin.path });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      try {
        await sync();
      } catch {
        // The sections loader checks the same files and more, and reports the fault once.
        store.clear();
      }
      if (!watching) reloadOnEdit(context, root, sync, { reports: false });
      watching = true;
    },
  };
}
