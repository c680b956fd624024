/**
 * The `_headers` file read by Netlify and Cloudflare Pages: each page's Content-Security-Policy
 * as a real header (its `<meta>` policy plus `frame-ancestors 'none'`, which a meta tag cannot
 * carry), `nosniff` and a referrer policy everywhere, and a year's caching for files whose names
 * carry a content hash.
 *
 * Both hosts join the values of a header set by two matching rules, and two policies would both
 * be enforced; so no page may match two rules that set its policy. Pages sharing a policy with
 * every other page under the same first folder get one `/<folder>/*` rule, others a rule each,
 * which keeps the file under Cloudflare's 100 rules.
 */

export interface PagePolicy {
  /** Site path below the base: `''` for home, `automl/`, `claims/x/`, `404.html`. */
  path: string;
  /** The policy of the page's `<meta http-equiv="content-security-policy">`. */
  policy: string;
}

export const frameAncestors = "frame-ancestors 'none'";

/** Files named by their content's hash: Vite's assets, Pagefind's index chunks. */
export const hashedFiles = ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*'];

export interface HeaderRule {
  /** The rule's path pattern, with the base: `/seven-truths/claims/*`. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** The header value of a page's policy: the meta policy, without its trailing `;`, plus framing. */
export const headerPolicy = (policy: string) => `${policy.trim().replace(/;\s*$/, '')}; ${frameAncestors}`;

/** A page's first folder (`claims/` for `claims/` and `claims/x/`), or null for a file at the top (`404.html`). */
export const folderOf = (path: string) => /^[^/]+\//.exec(path)?.[0] ?? null;

export function headerRules(pages: readonly PagePolicy[], base: string): HeaderRule[] {
  const byFolder = new Map<string, Set<string>>();
  for (const page of pages) {
    const folder = folderOf(page.path);
    if (folder) byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(page.policy));
  }
  const rules: HeaderRule[] = [
    { pattern: `${base}*`, headers: [['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']] },
    ...hashedFiles.map((pattern) => ({ pattern: `${base}${pattern}`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] as [string, string][] })),
  ];
  const done = new Set<string>();
  for (const page of pages) {
    const folder = folderOf(page.path);
    const shared = folder && byFolder.get(folder)!.size === 1 && pages.filter((other) => folderOf(other.path) === folder).length > 1;
    const pattern = shared ? `${base}${folder}*` : `${base}${page.path}`;
    if (done.has(pattern)) continue;
    done.add(pattern);
    rules.push({ pattern, headers: [['Content-Security-Policy', headerPolicy(page.policy)]] });
  }
  return rules;
}

export const headersFile = (rules: readonly HeaderRule[]) =>
  rules.map(({ pattern, headers }) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';

/** Reads a `_headers` file back, for tests and checks: its rules in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  return rules;
}

/** Whether a host would apply a rule to a request path: exact, or a `*` matching the rest. */
export const ruleMatches = (pattern: string, path: string) =>
  pattern.includes('*') ? new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path) : pattern === path;
