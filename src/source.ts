/**
 * The disk: the one module that reads or writes the project's files. It knows the paths (the
 * edition, the annotations, the record of revisions, the stylesheet and fonts the share images
 * use, the build's output, the dev server's standing fault) and hands everything downstream as
 * data, so every other module under src/ is pure and testable without files.
 */
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseEdition, type Edition } from './essay/parse-edition.ts';
import { loadAnnotations, type AnnotationFile, type LoadedClaim } from './claims/load-annotations.ts';
import { loadRevisions, type Revision } from './changelog/revisions.ts';
import { remarkClaims, sectionFile } from './markdown/remark-claims.ts';

export const editionPath = 'seeds/essay.md';
export const annotationsDir = 'src/annotations';
export const revisionsPath = 'src/changelog/revisions.yaml';

export interface EssaySource {
  edition: Edition;
  claims: LoadedClaim[];
}

/** The edition, from the project root (the working directory of every npm script). */
export function readEdition(root = process.cwd()): Edition {
  return parseEdition(readFileSync(join(root, editionPath), 'utf8'), editionPath);
}

/** Every `.yaml` file of a folder, in name order, with paths relative to `root`. */
export function readAnnotationFiles(dir: string, root = process.cwd()): AnnotationFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ path: relative(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

export function readEssay(root = process.cwd()): EssaySource {
  const edition = readEdition(root);
  const claims = loadAnnotations(
    readAnnotationFiles(join(root, annotationsDir), root),
    edition.sections.map((section) => section.slug),
  );
  return { edition, claims };
}

/** The edition's revisions, checked against the claims as they are now; newest first. */
export function readRevisions(claims: readonly Pick<LoadedClaim, 'id' | 'former_ids'>[], root = process.cwd()): Revision[] {
  return loadRevisions(revisionsPath, readFileSync(join(root, revisionsPath), 'utf8'), claims);
}

/**
 * The essay and its annotations checked exactly as the build checks them, without building: each
 * section's claims anchored to its words by the build's own remark plugin (mdast only, no HTML),
 * and the record of revisions checked against the claims.
 */
export function readCheckedEssay(root = process.cwd()): EssaySource {
  const source = readEssay(root);
  const processor = unified().use(remarkParse).use(remarkClaims, { claims: source.claims });
  for (const section of source.edition.sections) {
    const file = sectionFile(section.slug, section.markdown, editionPath);
    processor.runSync(processor.parse(file), file);
  }
  readRevisions(source.claims, root);
  return source;
}

let facts: Pick<Edition, 'title' | 'byline'> | undefined;
/** The essay's title and byline, as the pages print them: read from the edition, never retyped. */
export const essayFacts = () => (facts ??= readEdition());

/** Reads the files a stop names, relative to the project's root; a file that is gone reads as nothing. */
export const projectFiles = (root: string) => (path: string) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};

/** The stylesheet that defines the palette the share images are drawn in. */
export const readPaletteStylesheet = (root = process.cwd()) => {
  const path = 'src/styles/global.css';
  return { path, text: readFileSync(join(root, path), 'utf8') };
};

const require = createRequire(import.meta.url);
/** Noto Sans SC, regular and bold, for the share images. */
export const readFonts = (): Record<400 | 700, Buffer> => ({
  400: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  700: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
});

/** A build's pages (Pagefind's own files aside), by file and site path (`''` for home, `automl/`). */
export function readBuiltPages(outDir: string): { file: string; path: string; html: string }[] {
  return globSync('**/*.html', { cwd: outDir })
    .filter((file) => !file.startsWith('pagefind/'))
    .sort()
    .map((file) => ({ file, path: file === 'index.html' ? '' : file.replace(/index\.html$/, ''), html: readFileSync(join(outDir, file), 'utf8') }));
}

export const writeBuiltFile = (outDir: string, file: string, text: string) => writeFileSync(join(outDir, file), text);

/*
 * In `astro dev`, the fault the last edit of the essay or its annotations left, handed from the
 * content loaders (which find it) to the pages (which show it in Astro's error overlay, and render
 * again once it is fixed). The loaders and the pages do not share modules or a global, so the
 * fault goes through a file in Astro's own generated folder.
 */
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
