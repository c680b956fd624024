import { describe, expect, test } from 'vitest';
import { noSiteNotice, siteNotice } from '../../src/integrations/site-notice.ts';

/** Runs the integration's setup hook as Astro would, and returns what it logged. */
function setUp(command: string, site: string | undefined): string[] {
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);
  const hook = siteNotice().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command, config: { site }, logger: { warn: log, info: log, error: log, debug: log } });
  return logged;
}

describe('a build without SITE', () => {
  test('says once that share cards and citations need SITE for absolute URLs', () => {
    expect(setUp('build', undefined)).toEqual([noSiteNotice]);
    expect(noSiteNotice).toMatch(/SITE.*share cards.*citations/);
  });
  test('says nothing when SITE is set, or when not building', () => {
    expect(setUp('build', 'https://essay.example')).toEqual([]);
    expect(setUp('dev', undefined)).toEqual([]);
  });
});
