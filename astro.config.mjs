// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { readEssay } from './src/source.ts';
import { formatFailure, isPositioned } from './src/claims/format-failure.ts';
import { essayProcessorOptions } from './src/markdown/pipeline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';

// SITE (an absolute origin) and BASE_PATH (a sub-path such as /seven-truths/) come from the
// environment so the same build deploys anywhere.
const site = process.env.SITE || undefined;
const base = process.env.BASE_PATH || '/';

// The claims are read here once so remark-claims can anchor them while the sections render;
// a bad annotation stops the build at this point, printed once with its file, line and entry
// (Astro would print a config error with every field of the message).
const { claims } = (() => {
  try {
    return readEssay();
  } catch (error) {
    if (!isPositioned(error)) throw error;
    console.error(formatFailure(error, (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined)));
    process.exit(1);
  }
})();

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefindIndex(), hostHeaders(), ...(site ? [sitemap()] : [])],
  // No code in the essay: no syntax highlighter (Shiki's inline styles would need 'unsafe-inline').
  markdown: { processor: unified(essayProcessorOptions(claims)), syntaxHighlight: false },
  devToolbar: { enabled: false },
  // The scripts a page loads on demand are bundled as self-contained ES modules (see page.ts).
  vite: { worker: { format: 'es' } },
  // A strict policy, as a <meta> on every page (and as a header where the host reads _headers,
  // see src/integrations/host-headers.ts): scripts and styles only from the site itself
  // (Astro adds hashes for its inline ones); Pagefind needs to compile its WebAssembly and to
  // start its worker from the site.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
