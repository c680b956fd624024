/**
 * src/annotations/<section>.yaml → validated claims (YAML → data).
 *
 * Every problem stops the build with a message that names the file, the line, the entry and the
 * offending value; nothing is skipped.
 */
import { basename } from 'node:path';
import { fail } from '../errors.ts';
import { parseEntry, readYamlList } from '../yaml-list.ts';
import type { z } from 'zod';
import { claimEntrySchema, type Claim } from './schema.ts';

/** Where a claim was written, for messages. */
export interface Origin {
  path: string;
  /** 1-based index of the entry in its file. */
  entry: number;
  line: number;
  column: number;
  /** Where each of its relations was written, in order. */
  relations: { line: number; column: number }[];
}

export interface LoadedClaim extends Claim {
  origin: Origin;
}

export interface AnnotationFile {
  path: string;
  text: string;
}

/**
 * Parses and validates the annotation files of an essay whose sections are `sections` (in essay
 * order). Returns the claims in essay order of sections, then file order.
 */
export function loadAnnotations(files: AnnotationFile[], sections: readonly string[]): LoadedClaim[] {
  const claims: LoadedClaim[] = [];
  const firstSeen = new Map<string, Origin>();
  const formerSeen = new Map<string, Origin>();

  for (const { path, text } of files) {
    const section = basename(path, '.yaml');
    if (!sections.includes(section)) {
      fail(path, `Annotation file \`${basename(path)}\` names no section of the essay; expected one of: ${sections.join(', ')}`, { ruleId: 'unknown-section', source: 'claims' });
    }
    for (const item of readYamlList(path, text, 'An annotation file', 'claims')) {
      const { line, column } = item.place;
      const origin: Origin = { path, entry: item.entry, line, column, relations: [] };
      const written = item.raw && typeof item.raw === 'object' ? String((item.raw as { id?: unknown }).id ?? '?') : '?';
      const label = `Claim \`${written}\` (entry ${origin.entry})`;
      const claim = parseEntry(path, item, claimEntrySchema, { label, ruleFor, source: 'claims' });
      // Former ids are URLs too: no id, current or former, may stand twice.
      for (const id of [claim.id, ...claim.former_ids]) {
        const previous = firstSeen.get(id) ?? formerSeen.get(id);
        if (previous) {
          fail(path, `${label}: duplicate id \`${id}\`, first used in ${previous.path} entry ${previous.entry} (line ${previous.line})`, { place: { line, column }, ruleId: 'duplicate-id', source: 'claims' });
        }
        (id === claim.id ? firstSeen : formerSeen).set(id, origin);
      }
      origin.relations = claim.relations.map((_, i) => item.placeOf(['relations', i]));
      claims.push({ ...claim, section, origin });
    }
  }

  const position = new Map(sections.map((section, index) => [section, index]));
  claims.sort((a, b) => position.get(a.section)! - position.get(b.section)!);
  checkRelations(claims);
  return claims;
}

/**
 * Every relation names another claim, once per pair, and keeps its type's direction convention
 * (see `relationTypes`): an answer names a question, a qualification names no question, a
 * contradiction names an earlier claim.
 */
function checkRelations(claims: readonly LoadedClaim[]) {
  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  const pairs = new Map<string, string>();
  for (const claim of claims) {
    claim.relations.forEach((relation, index) => {
      const stop = (why: string, ruleId: string) =>
        fail(claim.origin.path, `Claim \`${claim.id}\` (entry ${claim.origin.entry}): relation \`${relation.type}\` → \`${relation.target}\` ${why}`, {
          place: claim.origin.relations[index]!,
          ruleId,
          source: 'claims',
        });
      const target = claims[order.get(relation.target) ?? -1];
      if (relation.target === claim.id) stop('points to the claim itself', 'unknown-relation-target');
      if (!target) stop('names no claim', 'unknown-relation-target');
      const pair = [claim.id, relation.target].sort().join(' ');
      const previous = pairs.get(pair);
      if (previous) stop(`relates a pair already related (${previous}); keep one relation per pair`, 'duplicate-relation');
      pairs.set(pair, `\`${claim.id}\` ${relation.type} \`${relation.target}\``);
      if (relation.type === 'answers' && target!.type !== 'question') {
        stop(`names a ${target!.type}: \`answers\` must name a question`, 'relation-convention');
      }
      if (relation.type === 'qualifies' && target!.type === 'question') {
        stop('names a question: a question is rewritten (`elaborates`), not qualified', 'relation-convention');
      }
      if (relation.type === 'contradicts' && order.get(relation.target)! > order.get(claim.id)!) {
        stop('names a later claim: write `contradicts` on the later of the two claims', 'relation-convention');
      }
    });
  }
}

function ruleFor(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_value' && field === 'type') return 'unknown-type';
  if (issue.code === 'invalid_value' && field === 'topics') return 'unknown-topic';
  if (issue.code === 'invalid_value' && field === 'relations') return 'unknown-relation-type';
  if (field === 'note' || field === 'editor_note' || field === 'translation' || field === 'title' || field === 'title_en' || field === 'sources') return 'unsafe-or-invalid-text';
  return 'malformed-data';
}
