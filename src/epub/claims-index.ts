/**
 * The e-book's index of claims, in essay order and grouped by section, numbered as the notes are:
 * read alone, it gives the essay's argument. Each title leads to the claim's words in the text.
 */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { Section } from '../essay/section-schema.ts';
import { sectionShortName } from '../essay/sections.ts';
import type { Claim } from '../claims/schema.ts';
import { claimTypes, topics } from '../claims/vocabulary.ts';

export interface IndexedSection {
  section: Section;
  claims: readonly Claim[];
  /** The section's content document, `automl.xhtml`. */
  file: string;
}

export function claimsIndexBody(sections: readonly IndexedSection[], total: number): ElementContent[] {
  return [
    h('section', { 'aria-labelledby': 'index-title' }, [
      h('h1', { id: 'index-title' }, '论断索引'),
      h('p', `全书 ${total} 条论断，按在文中出现的顺序排列，编号与各节的批注一致。每条写明类型与主题，附英文标题；点标题回到原文。`),
      ...sections
        .filter(({ claims }) => claims.length > 0)
        .map(({ section, claims, file }) =>
          h('section', { 'aria-labelledby': `index-${section.slug}` }, [
            h('h2', { id: `index-${section.slug}` }, `${sectionShortName(section)} · ${section.title}`),
            h(
              'ol',
              { className: ['claim-index'] },
              claims.map((claim) =>
                h('li', { id: `index-${claim.id}` }, [
                  h('a', { href: `${file}#${claim.id}` }, claim.title),
                  ` 〔${claimTypes[claim.type].zh}〕`,
                  h('br'),
                  h('span', { className: ['index-facts'] }, [h('span', { lang: 'en' }, claim.title_en), ` · ${claim.topics.map((topic) => topics[topic].zh).join('、')}`]),
                ]),
              ),
            ),
          ]),
        ),
    ]),
  ];
}
