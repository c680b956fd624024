/**
 * The header's 我的批注 link, shown before the first paint for a reader who has notes: an inline
 * script right after the (hidden) link, reading the flag src/browser/reader-notes/flag.ts keeps
 * (its name written out, per site and base path), so the header never moves as a page loads. A
 * browser that blocks site storage throws on reading it: the link stays hidden.
 */
export const notesLinkScript = (base: string) =>
  `try{localStorage[${JSON.stringify(`reader-notes:${base}`)}]&&(document.currentScript.previousElementSibling.hidden=0)}catch{}`;
