// @ts-check
import { defineConfig, envField } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { siteNotice } from './src/integrations/site-notice.ts';

// SITE (an absolute origin) and BASE_PATH (a sub-path such as /seven-truths/) come from the
// environment so the same build deploys anywhere.
const site = process.env.SITE || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [siteNotice(), pagefindIndex(), hostHeaders(), ...(site ? [sitemap()] : [])],
  // The essay is rendered by its own processor in src/loaders/sections-loader.ts, with the claims
  // as they are on disk. No code in it: no syntax highlighter (Shiki's styles need 'unsafe-inline').
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Where readers report an error in the edition (the about page says so): the repository's
  // issues on GitHub Pages (see .github/workflows/pages.yml), any web address elsewhere.
  env: { schema: { CORRECTIONS_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }) } },
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
