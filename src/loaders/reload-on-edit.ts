/**
 * In `astro dev`, a loader loads again when the edition or an annotation file is saved, so every
 * page that shows them follows without a restart. A fault while editing is printed once (the
 * readable stop of ../claims/format-failure.ts) and the pages keep what they last showed until
 * it is fixed.
 */
import type { LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { annotationsDir, editionPath } from '../source.ts';
import { formatFailure, isPositioned } from '../claims/format-failure.ts';

/** A stop as one compact message in a plain error: Astro prints a VFileMessage's every field. */
export function readableFailure(error: unknown, root: string): unknown {
  if (!isPositioned(error)) return error;
  const readable = new Error(
    formatFailure(error, (path) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    }),
  );
  readable.stack = readable.message;
  return readable;
}

export function reloadOnEdit({ watcher, logger }: LoaderContext, root: string, reload: () => Promise<void>): void {
  if (!watcher) return;
  const watched = [join(root, editionPath), join(root, annotationsDir)];
  watcher.add(watched);
  const onEdit = async (path: string) => {
    if (!watched.some((place) => path === place || path.startsWith(place + sep))) return;
    try {
      await reload();
      logger.info(`reloaded after ${relative(root, path)} changed`);
    } catch (error) {
      logger.error(String((readableFailure(error, root) as Error).message ?? error));
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEdit);
}
