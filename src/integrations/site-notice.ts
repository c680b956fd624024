/**
 * Astro integration: a build without `SITE` says, once, what it cannot do. Share cards and
 * citations need absolute URLs, which only an origin gives; the site itself works without one.
 */
import type { AstroIntegration } from 'astro';

export const noSiteNotice = 'SITE is not set: share cards (og:image) carry site-relative URLs, citations carry no URL (and say so; with JavaScript, the address the page is read at unless it is a local one), and no sitemap or canonical URLs are written. Set SITE=https://your.host for absolute ones.';

export function siteNotice(): AstroIntegration {
  return {
    name: 'essay-site-notice',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'build' && !config.site) logger.warn(noSiteNotice);
      },
    },
  };
}
