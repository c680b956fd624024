/** The pages of a test build, as files and as site paths. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site path of every page of a build (`''` for home, `automl/`, `404.html`). */
export function pagesOf(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir })
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** Pages that only send the reader on (a renamed claim's old permalink). */
export const isRedirect = (dir: string, path: string) => readFileSync(fileFor(dir, path), 'utf8').includes('http-equiv="refresh"');

export function fileFor(dir: string, path: string): string {
  return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}
