/** Each page's policy allows exactly the inline scripts and styles it carries, nothing more. */
import { describe, expect, test } from 'vitest';
import { folderHashes, narrowPagePolicy, ownHashes, withHashes } from '../../src/deploy/page-policy.ts';
import { folderOf } from '../../src/deploy/headers.ts';
import { cspHash } from '../../src/csp-hash.ts';

const policy = "default-src 'none';script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB=';style-src 'self' 'sha256-CCC=';";
const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('page policies', () => {
  test('hashes the page\'s inline scripts and styles, not its data blocks or external scripts', () => {
    const html = page('<style>p{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script>', '<script type="module">go()</script><script>run()</script><script type="application/json" id="v">[]</script>');
    expect(ownHashes(html)).toEqual({ script: [`'${cspHash('go()')}'`, `'${cspHash('run()')}'`], style: [`'${cspHash('p{color:red}')}'`] });
  });

  test('replaces every hash of script-src and style-src, keeping the other sources and directives', () => {
    expect(withHashes(policy, { script: ["'sha256-X='"], style: [] })).toBe("default-src 'none';script-src 'self' 'wasm-unsafe-eval' 'sha256-X=';style-src 'self';");
  });

  test('leaves out what Pagefind needs (its WebAssembly and its worker) on a page that does not run it', () => {
    const full = "default-src 'none';worker-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-A=';style-src 'self';";
    expect(withHashes(full, { script: ["'sha256-X='"], style: [] }, false)).toBe("default-src 'none';script-src 'self' 'sha256-X=';style-src 'self';");
    expect(withHashes(full, { script: ["'sha256-X='"], style: [] })).toBe("default-src 'none';worker-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-X=';style-src 'self';");
  });

  test('narrows the meta tag of a page, and stops at a page without one', () => {
    const narrowed = narrowPagePolicy(page('<style>a{}</style>'), 'x.html');
    expect(narrowed).toContain(`content="default-src 'none';script-src 'self' 'wasm-unsafe-eval';style-src 'self' '${cspHash('a{}')}';"`);
    expect(() => narrowPagePolicy('<html><head></head></html>', 'bare.html')).toThrow('bare.html: no content-security-policy meta tag');
  });

  test('pages of one folder share the union of their hashes, so one header rule serves them; a page alone keeps its own', () => {
    const hashes = folderHashes(
      [
        { path: 'claims/', hashes: { script: ['a'], style: [] } },
        { path: 'claims/x/', hashes: { script: ['a', 'c'], style: [] } },
        { path: 'automl/', hashes: { script: ['a', 's'], style: ['n'] } },
        { path: '404.html', hashes: { script: ['a'], style: [] } },
      ],
      folderOf,
    );
    expect(hashes.get('claims/')).toEqual({ script: ['a', 'c'], style: [] });
    expect(hashes.get('claims/x/')).toEqual({ script: ['a', 'c'], style: [] });
    expect(hashes.get('automl/')).toEqual({ script: ['a', 's'], style: ['n'] });
    expect(hashes.get('404.html')).toEqual({ script: ['a'], style: [] });
  });
});
