/**
 * Where the essay and its annotations live, and reading them from disk: the one place that knows
 * the paths. Everything downstream takes the parsed data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdition, type Edition } from './essay/parse-edition.ts';
import { loadAnnotations, readAnnotationFiles, type LoadedClaim } from './claims/load-annotations.ts';
import { loadRevisions, type Revision } from './changelog/revisions.ts';

export const editionPath = 'seeds/essay.md';
export const annotationsDir = 'src/annotations';

export interface EssaySource {
  edition: Edition;
  claims: LoadedClaim[];
}

/** The edition, from the project root (the working directory of every npm script). */
export function readEdition(root = process.cwd()): Edition {
  return parseEdition(readFileSync(join(root, editionPath), 'utf8'), editionPath);
}

export function readEssay(root = process.cwd()): EssaySource {
  const edition = readEdition(root);
  const claims = loadAnnotations(
    readAnnotationFiles(join(root, annotationsDir), root),
    edition.sections.map((section) => section.slug),
  );
  return { edition, claims };
}

export const revisionsPath = 'src/changelog/revisions.yaml';

/** The edition's revisions, checked against the claims as they are now; newest first. */
export function readRevisions(claims: readonly Pick<LoadedClaim, 'id' | 'former_ids'>[], root = process.cwd()): Revision[] {
  return loadRevisions(revisionsPath, readFileSync(join(root, revisionsPath), 'utf8'), claims);
}
