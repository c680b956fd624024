/**
 * One section of the e-book: its heading, its text with each claim's words marked by type and led
 * by a note reference, and the section's notes as EPUB footnotes after the text. A reader that
 * knows footnotes shows a note in a pop-up when its reference is tapped; any other reader shows
 * them as the section's endnotes, each with a link back to its place.
 */
import { h } from 'hastscript';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Section } from '../essay/section-schema.ts';
import { sectionShortName } from '../essay/sections.ts';
import type { Claim } from '../claims/schema.ts';
import { claimTypes, topics } from '../claims/vocabulary.ts';
import { commentaryHtml } from '../notes-view/render-note.ts';
import { noteId, noteLabel, noteRefId } from './section-text.ts';

/** The section's place in the book, as epub:type and its matching ARIA role. */
const semantics = (section: Pick<Section, 'order'>) =>
  section.order === 0 ? { 'epub:type': 'introduction', role: 'doc-introduction' } : { 'epub:type': 'chapter', role: 'doc-chapter' };

/** A note's commentary (src/notes-view/render-note.ts, the three voices labelled) as hast. */
const commentary = (claim: Claim): ElementContent[] => fromHtml(commentaryHtml(claim), { fragment: true }).children as ElementContent[];

export interface SectionNotes {
  claims: readonly Claim[];
  /** The claim's page on the web, when the site's address is known. */
  webPage?: ((claim: Claim) => string) | undefined;
}

function footnote(claim: Claim, number: number, webPage: SectionNotes['webPage']): ElementContent {
  const type = claimTypes[claim.type];
  return h('aside', { id: noteId(claim.id), className: ['note', `claim-${claim.type}`], 'epub:type': 'footnote', role: 'doc-footnote' }, [
    h('p', { className: ['note-head'] }, [
      h('a', { href: `#${noteRefId(claim.id)}`, role: 'doc-backlink' }, noteLabel({ type: claim.type, number })),
      ' ',
      h('strong', claim.title),
    ]),
    ...commentary(claim),
    h('p', { className: ['note-facts'] }, [
      `${type.zh}（`,
      h('span', { lang: 'en' }, type.en),
      `）· ${claim.topics.map((topic) => topics[topic].zh).join('、')}`,
      ...(webPage ? [' · ', h('a', { href: webPage(claim) }, '网络版的论断页面')] : []),
    ]),
  ]);
}

export function sectionDocumentBody(section: Section, text: Root, { claims, webPage }: SectionNotes): ElementContent[] {
  const notes = claims.length === 0 ? [] : [
    h('section', { className: ['notes'], 'aria-labelledby': 'notes-title' }, [
      h('h2', { id: 'notes-title' }, '本节批注'),
      ...claims.map((claim, index) => footnote(claim, index + 1, webPage)),
    ]),
  ];
  return [
    h('section', { ...semantics(section), 'aria-labelledby': 'section-title' }, [
      h('p', { className: ['kicker'] }, `${sectionShortName(section)} · ${claims.length} 条批注`),
      h('h1', { id: 'section-title' }, section.title),
      ...(text.children as ElementContent[]),
      ...notes,
    ]),
  ];
}
