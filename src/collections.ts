/**
 * The content collections as the views read them: plain data, in essay order. One place, so no
 * page sorts or unwraps entries its own way.
 */
import { getCollection } from 'astro:content';
import { inEssayOrder } from './claims/queries.ts';
import { readRevisions, throwEditFailure } from './source.ts';
import type { Revision } from './changelog/revisions.ts';

/**
 * In `astro dev`, a fault the last edit left standing is thrown here, before a page computes
 * anything from data that may be half-edited (a claim whose quote no longer anchors), so the
 * overlay shows the fault itself and not what it broke downstream.
 */
function standingFault() {
  if (import.meta.env.DEV) throwEditFailure();
}

export async function sectionsInOrder() {
  standingFault();
  return (await getCollection('sections')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

export async function claimsInOrder() {
  standingFault();
  return inEssayOrder((await getCollection('claims')).map((entry) => entry.data));
}

let newest: Revision | undefined;

/**
 * The edition's newest revision: its version and date name the edition (about page, citations).
 * Read once per build, not once per page that cites; `astro dev` reads it afresh, as it may change.
 */
export async function currentRevision(): Promise<Revision> {
  if (newest && !import.meta.env.DEV) return newest;
  return (newest = readRevisions(await claimsInOrder())[0]!);
}
