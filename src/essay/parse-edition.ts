/**
 * seeds/essay.md → title, byline and sections (markdown → data).
 *
 * The structured edition is plain Markdown with two conventions (see the comment at the top of
 * seeds/essay.md): one `# title` followed by the byline paragraph, then sections that each start
 * with `## heading {#slug}` (`## {#introduction}` for the untitled introduction). This module only
 * cuts the file into those parts; rendering the Markdown is the unified processor's job.
 */
import { fail } from '../errors.ts';
import type { SectionSlug } from './types.ts';

export interface EditionSection {
  slug: SectionSlug;
  /** The heading as the essay has it; empty for the introduction, which has none. */
  heading: string;
  /** 0 for the introduction, then 1–7. */
  order: number;
  /** The section's Markdown body, without its heading line. */
  markdown: string;
  /** 1-based line of the section's heading in the edition, for messages. */
  line: number;
}

export interface Edition {
  title: string;
  byline: string;
  sections: EditionSection[];
}

const titleLine = /^# (?<title>\S.*)$/;
const sectionLine = /^## (?<heading>.*?)\s*\{#(?<slug>[^}]*)\}\s*$/;
const slugPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const commentBlock = /<!--[\s\S]*?-->/g;

/** Lines that look like a heading but miss the `{#slug}` the edition requires. */
const headingWithoutSlug = /^##?\s/;

/**
 * Parses the edition. Throws a VFileMessage (see ../errors.ts) naming the line for any malformed
 * heading, a missing title or byline, a missing or repeated slug, or text before the first section.
 */
export function parseEdition(text: string, path = 'seeds/essay.md'): Edition {
  // Comments are editorial markup; blank them out line by line so line numbers stay true.
  const lines = text
    .replace(commentBlock, (comment) => comment.replace(/[^\n]/g, ''))
    .split('\n');

  let title: string | undefined;
  let byline: string | undefined;
  const sections: EditionSection[] = [];
  const seen = new Map<string, number>();
  let body: string[] = [];

  const closeSection = () => {
    const current = sections.at(-1);
    if (current) current.markdown = body.join('\n').trim() + '\n';
    body = [];
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const place = { line, column: 1 };
    const section = sectionLine.exec(raw)?.groups;
    const heading = titleLine.exec(raw)?.groups;

    if (section) {
      const slug = section.slug ?? '';
      const headingText = (section.heading ?? '').trim();
      if (!slugPattern.test(slug)) {
        fail(path, `Section slug \`${slug}\` is not lowercase ASCII kebab-case`, { place, ruleId: 'slug-format', source: 'edition' });
      }
      const previous = seen.get(slug);
      if (previous !== undefined) {
        fail(path, `Section slug \`${slug}\` is used twice (first on line ${previous})`, { place, ruleId: 'duplicate-slug', source: 'edition' });
      }
      if (!headingText && sections.length > 0) {
        fail(path, `Section \`${slug}\` has no heading text; only the first section (the introduction) may be untitled`, { place, ruleId: 'missing-heading', source: 'edition' });
      }
      if (title === undefined || byline === undefined) {
        fail(path, `Section \`${slug}\` starts before the essay's \`# title\` and byline`, { place, ruleId: 'missing-title', source: 'edition' });
      }
      seen.set(slug, line);
      closeSection();
      sections.push({ slug: slug as SectionSlug, heading: headingText, order: sections.length, markdown: '', line });
      return;
    }

    if (headingWithoutSlug.test(raw) && !heading) {
      fail(path, `Heading \`${raw}\` has no \`{#slug}\``, { place, ruleId: 'missing-slug', source: 'edition' });
    }
    if (heading) {
      if (title !== undefined) {
        fail(path, `Second \`# title\` line: \`${raw}\``, { place, ruleId: 'duplicate-title', source: 'edition' });
      }
      title = heading.title!.trim();
      return;
    }
    if (sections.length > 0) {
      body.push(raw);
      return;
    }
    if (!raw.trim()) return;
    if (title === undefined) {
      fail(path, `Text before the essay's \`# title\`: \`${raw}\``, { place, ruleId: 'missing-title', source: 'edition' });
    }
    if (byline !== undefined) {
      fail(path, `Text between the byline and the first section: \`${raw}\``, { place, ruleId: 'orphan-text', source: 'edition' });
    }
    byline = raw.trim();
  });
  closeSection();

  if (title === undefined) {
    fail(path, 'The edition has no `# title` line', { ruleId: 'missing-title', source: 'edition' });
  }
  if (sections.length === 0) {
    fail(path, 'The edition has no section (`## heading {#slug}`)', { ruleId: 'missing-heading', source: 'edition' });
  }
  for (const section of sections) {
    if (!section.markdown.trim()) {
      fail(path, `Section \`${section.slug}\` is empty`, { place: { line: section.line, column: 1 }, ruleId: 'empty-section', source: 'edition' });
    }
  }
  return { title: title!, byline: byline ?? '', sections };
}
