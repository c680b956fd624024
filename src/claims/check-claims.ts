/**
 * The annotations checked exactly as the build checks them, without building: the edition parsed,
 * the annotation files loaded (schema, relations), and each section's claims anchored to its words
 * by the same remark plugin the build runs (mdast only, no HTML), and the record of revisions.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { readEssay, readRevisions, type EssaySource } from '../source.ts';
import { remarkClaims } from './remark-claims.ts';

export function checkClaims(root = process.cwd()): EssaySource {
  const source = readEssay(root);
  const processor = unified().use(remarkParse).use(remarkClaims, { claims: source.claims });
  for (const section of source.edition.sections) {
    const file = new VFile({ path: 'seeds/essay.md', value: section.markdown, data: { astro: { frontmatter: { section: section.slug } } } });
    processor.runSync(processor.parse(file), file);
  }
  // The record of revisions names claims, so it is checked against them here too.
  readRevisions(source.claims, root);
  return source;
}
