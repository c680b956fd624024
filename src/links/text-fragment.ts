/**
 * Links to any passage: `/<section>/#p3:~:text=…`, a text fragment after the paragraph's anchor,
 * so that browsers with text fragments scroll to and highlight the words, and the others still
 * land on the paragraph (src/browser/links/paragraph-links.ts reads the anchor before `:~:`).
 */

/** What text-fragments-polyfill's generator returns for a selection. */
export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

/**
 * One part of a directive, percent-encoded: everything encodeURIComponent encodes, and `-`,
 * which the directive's syntax reserves (`prefix-,` and `,-suffix`).
 */
export const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** `text=[prefix-,]start[,end][,-suffix]` (WICG Scroll-to-Text-Fragment). */
export function textDirective({ textStart, textEnd, prefix, suffix }: TextFragment): string {
  return `text=${[prefix ? `${encodePart(prefix)}-` : '', encodePart(textStart), textEnd ? encodePart(textEnd) : '', suffix ? `-${encodePart(suffix)}` : ''].filter(Boolean).join(',')}`;
}

/** The page's URL (without its hash), the paragraph's anchor, and the fragment after it. */
export const passageUrl = (page: string, paragraphId: string, fragment: TextFragment) => `${page.replace(/#.*$/, '')}#${paragraphId}:~:${textDirective(fragment)}`;

/** The element id a hash names when the browser left a text directive in it: `#p3:~:text=x` → `p3`. */
export const anchorBeforeDirective = (hash: string) => {
  const at = hash.indexOf(':~:');
  return at > 1 ? decodeURIComponent(hash.slice(1, at)) : undefined;
};
