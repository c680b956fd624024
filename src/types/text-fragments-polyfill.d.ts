/** The part of text-fragments-polyfill's generator this site uses (the package ships no types). */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  import type { TextFragment } from '../links/text-fragment.ts';
  export const GenerateFragmentStatus: { SUCCESS: 0; INVALID_SELECTION: 1; AMBIGUOUS: 2; TIMEOUT: 3; EXECUTION_FAILED: 4 };
  export function generateFragment(selection: Selection, startTime?: number): { status: number; fragment?: TextFragment };
}
