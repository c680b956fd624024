/** Facts about the essay that the pages print: read from the edition, never retyped. */
import { readEdition } from '../source.ts';

const edition = readEdition();

export const essayTitle = edition.title;
export const essayByline = edition.byline;
