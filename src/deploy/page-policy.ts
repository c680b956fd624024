/**
 * Each page's policy allows only the inline scripts and styles of its own folder. Astro's
 * `security.csp` writes into every page the hashes of every inline script and style of the whole
 * build (14 on a section page that has 4): each one an allowance the page does not need, and
 * 0.4 KB gzip of incompressible text on every page. After the build, each page's hash lists are
 * replaced by the hashes of what the pages of its folder carry inline (a section page: its own),
 * so that a folder shares one policy and `_headers` one rule for it (html → html, pure). And only a
 * page that runs Pagefind (the search page) keeps what Pagefind needs: compiling its WebAssembly
 * (`'wasm-unsafe-eval'`) and starting its worker (`worker-src`).
 */
import { cspHash } from '../csp-hash.ts';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;
/** Inline scripts the browser runs (not data blocks such as JSON-LD), and inline styles. */
const inlinePattern = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;
const isDataBlock = (attributes: string) => /\stype="(?!module"|text\/javascript")[^"]*"/.test(attributes);

export function ownHashes(html: string): { script: string[]; style: string[] } {
  const script: string[] = [];
  const style: string[] = [];
  for (const [, tag, attributes = '', content = ''] of html.matchAll(inlinePattern)) {
    if (/\ssrc=/.test(attributes)) continue;
    if (tag === 'script' && isDataBlock(attributes)) continue;
    (tag === 'script' ? script : style).push(`'${cspHash(content)}'`);
  }
  return { script: [...new Set(script)], style: [...new Set(style)] };
}

/** A policy with its script-src and style-src hashes replaced by the given ones; without `wasm`, nothing for Pagefind. */
export function withHashes(policy: string, hashes: { script: string[]; style: string[] }, wasm = true): string {
  return policy
    .split(';')
    .flatMap((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name === 'worker-src' && !wasm) return [];
      if (name !== 'script-src' && name !== 'style-src') return [directive];
      const kept = sources.filter((source) => !source.startsWith("'sha256-") && (wasm || source !== "'wasm-unsafe-eval'"));
      return [[name, ...kept, ...hashes[name === 'script-src' ? 'script' : 'style']].join(' ')];
    })
    .join(';');
}

export type Hashes = ReturnType<typeof ownHashes>;

/** The page with its meta policy's hashes set to the given ones (and Pagefind's allowances only with `wasm`); a page without a policy is an error. */
export function narrowPagePolicy(html: string, file: string, hashes: Hashes = ownHashes(html), wasm = true): string {
  if (!metaPattern.test(html)) throw new Error(`${file}: no content-security-policy meta tag to narrow`);
  return html.replace(metaPattern, (_, open: string, policy: string, close: string) => `${open}${withHashes(policy, hashes, wasm)}${close}`);
}

/** For each page, the hashes of every page in its folder (`claims/…`), or its own at the top level. */
export function folderHashes(pages: readonly { path: string; hashes: Hashes }[], folderOf: (path: string) => string | null): Map<string, Hashes> {
  const union = new Map<string, Hashes>();
  for (const { path, hashes } of pages) {
    const folder = folderOf(path) ?? path;
    const seen = union.get(folder) ?? { script: [], style: [] };
    union.set(folder, { script: [...new Set([...seen.script, ...hashes.script])], style: [...new Set([...seen.style, ...hashes.style])] });
  }
  return new Map(pages.map(({ path }) => [path, union.get(folderOf(path) ?? path)!]));
}
