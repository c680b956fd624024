/**
 * A claim proposed from a selection, in `astro dev` only (src/browser/links/passage-links.ts): the YAML
 * stub of a new entry, with a fresh id, the quote as the anchoring reads it (one line per
 * paragraph) and, when the quote occurs more than once in the section, the shortest prefix or
 * suffix that makes it unique (pure).
 */

/** The quote as anchoring reads it: each paragraph or list item on its own line, ends trimmed. */
export const quoteLines = (selected: string) =>
  selected
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

const occurrences = (text: string, part: string) => {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
  return count;
};

/**
 * The words right before (or after) the occurrence at `at` that make the quote unique, shortest
 * first; none when it already is.
 */
export function disambiguation(text: string, quote: string, at: number): { prefix?: string; suffix?: string } {
  if (occurrences(text, quote) <= 1) return {};
  for (let length = 1; length <= 40; length++) {
    const prefix = text.slice(Math.max(0, at - length), at);
    if (prefix.length === length && !prefix.includes('\n') && occurrences(text, prefix + quote) === 1) return { prefix };
    const suffix = text.slice(at + quote.length, at + quote.length + length);
    if (suffix.length === length && !suffix.includes('\n') && occurrences(text, quote + suffix) === 1) return { suffix };
  }
  return {};
}

/** An id no claim has: `<section>-claim-<n>`, for the editor to rename to what the claim says. */
export function freshId(section: string, ids: readonly string[]): string {
  let n = 1;
  while (ids.includes(`${section}-claim-${n}`)) n++;
  return `${section}-claim-${n}`;
}

const yamlString = (value: string) => JSON.stringify(value);

export function claimStub({ id, quote, prefix, suffix }: { id: string; quote: string; prefix?: string; suffix?: string }): string {
  const quoteField = quote.includes('\n') ? `  quote: |-\n${quote.split('\n').map((line) => `    ${line}`).join('\n')}` : `  quote: ${yamlString(quote)}`;
  return [
    `- id: ${id}`,
    '  title: ',
    '  title_en: ',
    '  keywords:',
    '    zh: []',
    '    en: []',
    '  type: observation',
    '  topics: []',
    quoteField,
    ...(prefix ? [`  prefix: ${yamlString(prefix)}`] : []),
    ...(suffix ? [`  suffix: ${yamlString(suffix)}`] : []),
    '  note: >-',
    '    ',
  ].join('\n');
}
