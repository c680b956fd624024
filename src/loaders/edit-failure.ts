/**
 * In `astro dev`, the fault the last edit of the essay or its annotations left, handed from the
 * content loaders (which find it) to the pages (which show it in Astro's error overlay, and render
 * again once it is fixed). The loaders and the pages do not share modules or a global, so the
 * fault goes through a file in Astro's own generated folder.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const failureFile = (root: string) => join(root, '.astro', 'essay-edit-failure.txt');

export function setEditFailure(root: string, message: string | undefined): void {
  const file = failureFile(root);
  if (message === undefined) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, message);
  }
}

/** Throws the standing fault, so the dev server shows it instead of a page that hides it. */
export function throwEditFailure(root = process.cwd()): void {
  const file = failureFile(root);
  if (existsSync(file)) throw new Error(readFileSync(file, 'utf8'));
}
