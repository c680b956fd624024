/** Content loader for the `claims` collection: the validated annotations, in essay order. */
import type { Loader } from 'astro/loaders';
import { readEssay } from '../source.ts';

export function claimsLoader(): Loader {
  return {
    name: 'essay-claims',
    async load({ store, parseData, config }) {
      const { claims } = readEssay(new URL(config.root).pathname);
      store.clear();
      for (const [order, { origin, ...claim }] of claims.entries()) {
        const data = await parseData({ id: claim.id, data: { ...claim, order } });
        store.set({ id: claim.id, data, filePath: origin.path });
      }
    },
  };
}
