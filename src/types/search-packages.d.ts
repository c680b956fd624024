/** The parts of three search helpers this site uses (the packages ship no types). */
declare module 'stopword/src/stopwords_eng.js' {
  /** English function words, lowercase. */
  export const eng: readonly string[];
}

declare module 'damerau-levenshtein' {
  /** Edits (insert, delete, substitute, swap two neighbours) between two strings. */
  export default function damerauLevenshtein(a: string, b: string): { steps: number; relative: number; similarity: number };
}

declare module 'wink-porter2-stemmer' {
  /** A lowercase English word's Porter2 (Snowball English) stem: benchmarking → benchmark, productize → product. */
  export default function stem(word: string): string;
}
