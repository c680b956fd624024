/**
 * src/annotations/<section>.yaml → validated claims (YAML → data).
 *
 * Every problem stops the build with a message that names the file, the line, the entry and the
 * offending value; nothing is skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { fail } from '../errors.ts';
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

/** Reads every `.yaml` file of a folder, in name order, with paths relative to `root`. */
export function readAnnotationFiles(dir: string, root = process.cwd()): AnnotationFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ path: relative(root, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
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
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const placeOf = (node: YamlNode | null | undefined) => {
      const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
      return { line, column: col };
    };
    const yamlError = doc.errors[0];
    if (yamlError) {
      const { line, col: column } = lineCounter.linePos(yamlError.pos[0]);
      fail(path, `Malformed YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { place: { line, column }, ruleId: 'malformed-data', source: 'claims' });
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      fail(path, 'An annotation file must be a YAML list of claims', { place: placeOf(doc.contents), ruleId: 'malformed-data', source: 'claims' });
    }

    doc.contents.items.forEach((item, index) => {
      const node = item as YamlNode;
      const { line, column } = placeOf(node);
      const origin: Origin = { path, entry: index + 1, line, column, relations: [] };
      const raw: unknown = doc.contents && node ? (node as YamlNode).toJSON() : undefined;
      const id = isMap(node) ? String(node.get('id') ?? '?') : '?';
      const label = `Claim \`${id}\` (entry ${origin.entry})`;
      const parsed = claimEntrySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const fieldNode = isMap(node) ? (node.getIn(issue.path as (string | number)[], true) as YamlNode | undefined) : undefined;
        const value = describeValue(raw, issue);
        fail(path, `${label}: \`${issue.path.join('.') || 'entry'}\` ${issue.message}${value}`, {
          place: placeOf(fieldNode ?? node),
          ruleId: ruleFor(issue),
          source: 'claims',
        });
      }
      const claim = parsed.data;
      // Former ids are URLs too: no id, current or former, may stand twice.
      for (const id of [claim.id, ...claim.former_ids]) {
        const previous = firstSeen.get(id) ?? formerSeen.get(id);
        if (previous) {
          fail(path, `${label}: duplicate id \`${id}\`, first used in ${previous.path} entry ${previous.entry} (line ${previous.line})`, { place: { line, column }, ruleId: 'duplicate-id', source: 'claims' });
        }
        (id === claim.id ? firstSeen : formerSeen).set(id, origin);
      }
      origin.relations = claim.relations.map((_, i) => placeOf(isMap(node) ? (node.getIn(['relations', i], true) as YamlNode) : node));
      claims.push({ ...claim, section, origin });
    });
  }

  const position = new Map(sections.map((section, index) => [section, index]));
  claims.sort((a, b) => position.get(a.section)! - position.get(b.section)!);
  checkRelations(claims);
  return claims;
}

/**
 * Every relation names another claim, once per pair, and keeps its type's direction convention
 * (see `relationTypes`): an answer names a question, a contradiction names an earlier claim.
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
  if (field === 'note' || field === 'title' || field === 'title_en' || field === 'sources') return 'unsafe-or-invalid-text';
  return 'malformed-data';
}

/** The offending value, quoted, so the message shows what was written. */
function describeValue(raw: unknown, issue: z.core.$ZodIssue): string {
  let value: unknown = raw;
  for (const key of issue.path) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  if (value === undefined) return ' (missing)';
  const shown = JSON.stringify(value);
  return `: got ${shown.length > 80 ? shown.slice(0, 77) + '...' : shown}`;
}
