/** Builders shared by the unit tests: claims with an origin, and the real essay processor. */
import { unified } from '@astrojs/markdown-remark';
import type { LoadedClaim } from '../../src/claims/load-annotations.ts';
import { essayProcessorOptions } from '../../src/markdown/pipeline.ts';

export function testClaim(fields: Partial<LoadedClaim> & Pick<LoadedClaim, 'id' | 'quote'>, entry = 1): LoadedClaim {
  return {
    title: `论断 ${fields.id}`,
    title_en: `Claim ${fields.id}`,
    keywords: { zh: ['关键词'], en: ['keyword'] },
    type: 'thesis',
    topics: ['theory'],
    note: '批注。',
    translation: [],
    relations: [],
    sources: [],
    former_ids: [],
    section: 'test',
    origin: { path: 'src/annotations/test.yaml', entry, line: entry * 10, column: 3, relations: [] },
    ...fields,
  };
}

/** Renders Markdown as the section `test` through exactly the processor Astro uses. */
export async function renderSection(markdown: string, claims: LoadedClaim[]): Promise<string> {
  const renderer = await unified(essayProcessorOptions(claims)).createRenderer({} as never);
  const { code } = await renderer.render(markdown, { frontmatter: { section: 'test' } } as never);
  return code;
}
