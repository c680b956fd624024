/**
 * The content collections as the views read them: plain data, in essay order. One place, so no
 * page sorts or unwraps entries its own way.
 */
import { getCollection } from 'astro:content';
import { inEssayOrder } from './claims/queries.ts';

export async function sectionsInOrder() {
  return (await getCollection('sections')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

export async function claimsInOrder() {
  return inEssayOrder((await getCollection('claims')).map((entry) => entry.data));
}
