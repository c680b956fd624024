/**
 * A note's tags as a line of text (标签：a、b), as the section list, /notes/ and the Markdown export
 * show them. A module of its own: the section page's script must not pull in the file reading
 * (./note-files.ts, with zod) to print a line.
 */
export const tagsLine = (tags: readonly string[]) => `标签：${tags.join('、')}`;
