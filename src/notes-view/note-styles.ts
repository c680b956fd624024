/**
 * A section page's own stylesheet (claims → CSS), for what the shared stylesheet cannot know:
 *
 * - Margin notes: each claim is an anchor of its own (`anchor-name`), and its card is placed by it
 *   (`position-anchor`). Names must be unique per claim: with one shared name every card would
 *   resolve to the last mark on the page. (The cards' shared `--note` name, which chains each card
 *   below the previous one shown, is in global.css: there "the last one before me" is what we want.)
 * - Arriving at a claim's link (`#id`, or a former id): its note is shown even when closed, marked
 *   (beside its words on wide screens, as a bar at the foot of narrow ones), whatever the reader's
 *   choice of notes.
 * - A mark and its note find each other: pointing at (or focusing) either one opens the note in the
 *   margin and deepens the mark's tint (`pairing`).
 * - The reader's choice of notes (./note-choice.ts): unticking a box quiets those marks and hides
 *   those notes; with JavaScript the choice is restored by `restoreChoiceScript`.
 *
 * Claim ids are ASCII kebab-case, so they are valid CSS identifiers as they stand.
 */
import { cardId } from './claim-to-hast.ts';
import { notesPreferenceKey, noteTypesId, showNotesId, showTypeId } from './note-choice.ts';
import { claimIdPattern } from '../claims/schema.ts';
import { claimTypeIds, type ClaimType } from '../claims/vocabulary.ts';

export interface NoteStyleClaim {
  id: string;
  former_ids: readonly string[];
  type: ClaimType;
}

export function noteStyles(claims: readonly NoteStyleClaim[]): string {
  for (const claim of claims) {
    for (const id of [claim.id, ...claim.former_ids]) {
      if (!claimIdPattern.test(id)) throw new Error(`not a claim id, so not a CSS identifier: ${JSON.stringify(id)}`);
    }
  }
  if (claims.length === 0) return '';
  const types = claimTypeIds.filter((type) => claims.some((claim) => claim.type === type));
  return [anchors(claims), arrival(claims), pairing(claims), choiceStyles(types)].join('\n');
}

function anchors(claims: readonly NoteStyleClaim[]): string {
  return claims.map((claim, index) => `#${claim.id}{anchor-name:--m${index + 1}}#${cardId(claim.id)}{position-anchor:--m${index + 1}}`).join('');
}

function arrival(claims: readonly NoteStyleClaim[]): string {
  const targeted = (claim: NoteStyleClaim) => `.essay:has(${[claim.id, ...claim.former_ids].map((id) => `#${id}:target`).join(',')})`;
  return `${claims.map((claim) => `${targeted(claim)} #${cardId(claim.id)}`).join(',')}{display:block;outline-width:3px}`;
}

/**
 * Pointing at a claim's words or focusing its marker opens its note over the notes below it
 * (`--shown`, `--z`, `--panel`: global.css does the same for a note pointed at); pointing at the
 * note deepens its words' tint (`--tint`).
 */
/** A note opened in the margin: shown whole, over the notes below it, on the page's background. */
export const openedNote = '--shown:block;--z:3;--panel:var(--bg)';

function pairing(claims: readonly NoteStyleClaim[]): string {
  const toNote = claims.map(({ id }) => `.essay:has(#${id}:is(:hover,:focus-within)) #${cardId(id)}`);
  const toWords = claims.map(({ id }) => `.essay:has(#${cardId(id)}:hover) #${id}`);
  return `${toNote.join(',')}{${openedNote}}\n${toWords.join(',')}{--tint:32%}`;
}

/** Unticked boxes (all notes, or one of the types the section has): those marks go quiet, those notes go away. */
function choiceStyles(types: readonly ClaimType[]): string {
  const off = [`.essay:has(#${showNotesId}:not(:checked))`, ...types.map((type) => `.essay:has(#${showTypeId(type)}:not(:checked))`)];
  const ofType = ['', ...types.map((type) => `[data-claim-type="${type}"]`)];
  const each = (element: (type: string) => string) => off.map((scope, index) => `${scope} ${element(ofType[index]!)}`).join(',');
  return [
    // Plain text: no tint, no padded block, no line. A claim someone linked to keeps its highlight.
    `${each((type) => `.claim${type}:not(:target)`)}{margin:0;padding:0;border:0;background:none;text-decoration-line:none}`,
    `${each((type) => `:is(.claim-marker,.claim-card:not(:popover-open))${type}`)}{display:none}`,
  ].join('\n');
}

/** Ticks the boxes as the reader left them, the type boxes disabled with all notes off; unknown types and broken JSON are ignored. */
export const restoreChoiceScript = `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(notesPreferenceKey)}));if(s){document.getElementById(${JSON.stringify(showNotesId)}).checked=s.all!==false;(s.hidden||[]).forEach(function(t){var b=document.getElementById(${JSON.stringify(showTypeId(''))}+t);if(b)b.checked=false});document.getElementById(${JSON.stringify(noteTypesId)}).disabled=s.all===false}}catch(e){}`;
