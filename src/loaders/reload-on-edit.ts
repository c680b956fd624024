/**
 * In `astro dev`, a loader loads again when the edition or an annotation file is saved, so every
 * page that shows them follows without a restart. A fault while editing is printed once (the
 * readable stop of src/editor/format-failure.ts) and shown in place of the pages, in Astro's error
 * overlay (through src/source.ts setEditFailure), until it is fixed.
 */
import type { LoaderContext } from 'astro/loaders';
import { join, relative, sep } from 'node:path';
import { annotationsDir, editionPath, projectFiles, setEditFailure } from '../source.ts';
import { formatFailure, isPositioned } from '../editor/format-failure.ts';

/** A stop as one compact message in a plain error: Astro prints a VFileMessage's every field. */
export function readableFailure(error: unknown, root: string): unknown {
  if (!isPositioned(error)) return error;
  const readable = new Error(formatFailure(error, projectFiles(root)));
  readable.stack = readable.message;
  return readable;
}

/**
 * `reports`: whether this loader prints and shows a fault. Only the sections loader does, as it
 * checks everything the claims loader reads and more: a fault is reported once.
 */
export function reloadOnEdit({ watcher, logger }: LoaderContext, root: string, reload: () => Promise<void>, { reports }: { reports: boolean }): void {
  if (!watcher) return;
  const watched = [join(root, editionPath), join(root, annotationsDir)];
  watcher.add(watched);
  // One reload at a time, and one more after the last edit that came during it: reloads that ran
  // side by side could finish out of order (a save is often two events), leaving the fault of a
  // half-written file standing after the file was fixed.
  let running = false;
  let again = false;
  let changed = '';
  const reloadOnce = async () => {
    try {
      await reload();
      if (!reports) return;
      setEditFailure(root, undefined);
      logger.info(`reloaded after ${relative(root, changed)} changed`);
    } catch (error) {
      if (!reports) {
        // A fault in the files is the reporting loader's to print; anything else would leave this
        // collection stale without a word (once seen under load: a claim's edited title never showed).
        if (!isPositioned(error)) logger.error(`not reloaded after ${relative(root, changed)} changed: ${String(error)}`);
        return;
      }
      const message = String((readableFailure(error, root) as Error).message ?? error);
      setEditFailure(root, message);
      logger.error(message);
    }
  };
  const onEdit = async (path: string) => {
    if (!watched.some((place) => path === place || path.startsWith(place + sep))) return;
    changed = path;
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await reloadOnce();
    } while (again);
    running = false;
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEdit);
}
