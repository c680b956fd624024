/**
 * The e-book's one stylesheet. It sets no font and no colour except the maps' black on white:
 * an e-reader brings its own CJK fonts, sizes and themes (day, sepia, night), which a book that
 * fixed its colours would fight. Marks are underlines and rules in the text's own colour, so they
 * show in every theme, as on paper.
 */
export const bookStylesheet = `@charset "utf-8";
:root { color-scheme: light dark; }
body { margin: 0 0.5em; line-height: 1.75; }
/* Links in the text's colour, underlined: a browser's default blue is unreadable on a night theme. */
a { color: inherit; text-decoration-line: underline; }
h1 { font-size: 1.5em; line-height: 1.4; margin: 0.3em 0 1em; }
h2 { font-size: 1.2em; line-height: 1.4; margin: 1.6em 0 0.6em; }
h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
p, li, dd { margin-top: 0; margin-bottom: 0.8em; }
.kicker { font-size: 0.85em; margin: 1.5em 0 0; }
.claim-inline { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 0.25em; }
.claim-block { border-left: 1px solid; padding-left: 0.75em; margin-bottom: 0.8em; }
.noteref { font-size: 0.8em; white-space: nowrap; }
.notes { margin-top: 2em; border-top: 1px solid; padding-top: 0.5em; font-size: 0.92em; }
.note { margin: 0 0 1.2em; }
.note p { margin-bottom: 0.5em; }
.note-label { font-weight: bold; }
.note-facts, .index-facts { font-size: 0.85em; }
:target { outline: 2px solid; outline-offset: 2px; }
dt { font-weight: bold; }
dd { margin-left: 1.5em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8em; margin: 0; }
.cover-page { margin: 0; text-align: center; }
.cover { max-width: 100%; height: auto; }
.map-figure { margin: 1em 0; }
.map { display: block; max-width: 100%; height: auto; }
.map-figure figcaption { font-size: 0.85em; }
nav ol { list-style: none; padding-left: 1em; }
nav li { margin-bottom: 0.3em; }
`;
