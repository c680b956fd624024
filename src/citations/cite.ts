/**
 * Citations of the essay, or of one claim in it, in GB/T 7714-2015, APA 7 and BibTeX, and as
 * CSL-JSON for reference managers. The work cited is the essay (George Hosu's, in its Chinese
 * translation, whose translator is not named); the edition and the claim are where it is read.
 *
 * Written by hand against the standards' own examples and checked by fixtures: tried first,
 * Citation.js dropped every Chinese character from its BibTeX and rendered the author as
 * "Hosu G." in APA for a Chinese-language item.
 */

export interface CitedPlace {
  /** The essay's Chinese title. */
  title: string;
  /** A literal English rendering of the Chinese title, for APA's bracketed translation. */
  titleTranslated: string;
  /** The English original the Chinese text translates. */
  original: { author: { family: string; given: string }; title: string; url: string };
  /** The edition: this site's name. */
  edition: string;
  /** What within the edition: a claim, a section, or nothing for the whole essay. */
  locator?: { kind: 'claim' | 'section'; zh: string; en?: string };
  /**
   * The absolute URL of the page cited; absent when the site's address is unknown (a citation
   * never prints a relative or a local address: it leaves the URL out and the page says so).
   */
  url?: string | undefined;
  /** The day the reader looked (引用日期, APA's retrieval date); absent in a file saved for later. */
  accessed?: Date | undefined;
  /** A key for BibTeX and CSL-JSON. */
  key: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const apaDate = (date: Date) => date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

const locatorZh = (place: CitedPlace) =>
  place.locator ? (place.locator.kind === 'claim' ? `论断“${place.locator.zh}”` : place.locator.zh) : '';

/** The translation's responsibility: its translator is not named (GB/T 7714's 佚名). */
export const translatorZh = '佚名, 译';

/**
 * GB/T 7714-2015, an online resource ([EB/OL]) read in a container (//): foreign authors as
 * SURNAME plus initials without full stops, the translator as other responsibility after the
 * title; no publication date is known, so only the citation date in brackets.
 */
export function gbt7714(place: CitedPlace): string {
  const { family, given } = place.original.author;
  const initials = given.split(/[\s-]+/).map((name) => name[0]!.toUpperCase()).join(' ');
  const container = place.locator ? `${place.edition}: ${locatorZh(place)}` : place.edition;
  const cited = place.accessed ? ` [${iso(place.accessed)}].` : '';
  return `${family.toUpperCase()} ${initials}. ${place.title}[EB/OL]. ${translatorZh}//${container}.${cited}${place.url ? ` ${place.url}.` : ''}`;
}

/** APA 7, a webpage in a site: no date (n.d.), the title's translation in brackets, a retrieval date with the URL. */
export function apa7(place: CitedPlace): string {
  const { family, given } = place.original.author;
  const initials = given.split(/\s+/).map((name) => `${name[0]!.toUpperCase()}.`).join(' ');
  const part = place.locator
    ? place.locator.kind === 'claim'
      ? `: Claim “${place.locator.zh}”${place.locator.en ? ` [${place.locator.en}]` : ''}`
      : `: ${place.locator.zh}${place.locator.en ? ` [${place.locator.en}]` : ''}`
    : '';
  const retrieved = place.url ? ` ${place.accessed ? `Retrieved ${apaDate(place.accessed)}, from ` : ''}${place.url}` : '';
  return `${family}, ${initials} (n.d.). ${place.title} [${place.titleTranslated}]${part}. ${place.edition}.${retrieved}`;
}

/** BibTeX's special characters, escaped inside a braced field. */
const bibtexEscape = (value: string) => value.replace(/[\\{}]/g, (character) => `\\${character}`).replace(/[&%$#_]/g, (character) => `\\${character}`).replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** BibTeX `@misc`, readable by BibTeX and biblatex alike (url and urldate as biblatex reads them). */
export function bibtex(place: CitedPlace): string {
  const { family, given } = place.original.author;
  const fields: [string, string][] = [
    ['author', `${family}, ${given}`],
    ['title', place.title],
    ['howpublished', place.locator ? `${place.edition}, ${locatorZh(place)}` : place.edition],
    ...(place.url ? [['url', place.url] as [string, string]] : []),
    ...(place.url && place.accessed ? [['urldate', iso(place.accessed)] as [string, string]] : []),
    ['language', 'chinese'],
    ['note', `中文译文，译者未署名。原文：${given} ${family}, “${place.original.title}”, ${place.original.url}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  // URLs are verbatim in BibTeX's url field; everything else is escaped.
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${name === 'url' ? value : bibtexEscape(value)}},`).join('\n');
  return `@misc{${place.key},\n${body}\n}`;
}

/** CSL-JSON, as reference managers (Zotero, Mendeley) import it: one item in an array. */
export function cslJson(place: CitedPlace) {
  const date = place.accessed;
  return [
    {
      id: place.key,
      type: 'webpage',
      title: place.title,
      author: [place.original.author],
      'container-title': place.edition,
      ...(place.locator ? { section: locatorZh(place) } : {}),
      'original-title': place.original.title,
      'original-author': [place.original.author],
      ...(place.url ? { URL: place.url } : {}),
      ...(date ? { accessed: { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] } } : {}),
      language: 'zh-CN',
      translator: [{ literal: '佚名' }],
      note: '中文译文，译者未署名',
    },
  ];
}

export const citationFormats = [
  { id: 'gbt7714', label: 'GB/T 7714-2015', format: gbt7714 },
  { id: 'apa', label: 'APA 7', format: apa7 },
  { id: 'bibtex', label: 'BibTeX', format: bibtex },
] as const;
