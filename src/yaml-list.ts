/**
 * Data files that are YAML lists (the annotation files, the list of revisions): each entry with
 * its place, and validation against a zod schema that stops at the first problem with the file,
 * the line of the offending field, the entry, and the value written.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { fail, type Failure } from './errors.ts';

export interface Place {
  line: number;
  column: number;
}

export interface YamlEntry {
  /** 1-based index in the list. */
  entry: number;
  place: Place;
  /** The entry as plain data, before validation. */
  raw: unknown;
  /** Where a field of the entry was written (its nearest written parent when it is absent). */
  placeOf(path: readonly PropertyKey[]): Place;
}

type Source = Failure['source'];

/** The entries of a YAML list; an empty file is an empty list. `what` names the list in messages. */
export function readYamlList(path: string, text: string, what: string, source: Source): YamlEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const placeOfNode = (node: YamlNode | null | undefined): Place => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col: column } = lineCounter.linePos(yamlError.pos[0]);
    fail(path, `Malformed YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { place: { line, column }, ruleId: 'malformed-data', source });
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) fail(path, `${what} must be a YAML list`, { place: placeOfNode(doc.contents), ruleId: 'malformed-data', source });
  return doc.contents.items.map((item, index) => {
    const node = item as YamlNode;
    return {
      entry: index + 1,
      place: placeOfNode(node),
      raw: node.toJSON(),
      placeOf: (path) => {
        for (let depth = path.length; depth > 0 && isMap(node); depth--) {
          const field = node.getIn(path.slice(0, depth) as (string | number)[], true) as YamlNode | undefined;
          if (field) return placeOfNode(field);
        }
        return placeOfNode(node);
      },
    };
  });
}

/**
 * An entry validated by `schema`, or a stop at its first issue: `label: \`field\` message: got
 * "value"`, placed at the field, with the rule `ruleFor` gives the issue.
 */
export function parseEntry<S extends z.ZodType>(
  path: string,
  entry: YamlEntry,
  schema: S,
  { label, ruleFor, source }: { label: string; ruleFor: (issue: z.core.$ZodIssue) => string; source: Source },
): z.infer<S> {
  const parsed = schema.safeParse(entry.raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  fail(path, `${label}: \`${issue.path.join('.') || 'entry'}\` ${issue.message}${describeValue(entry.raw, issue)}`, {
    place: entry.placeOf(issue.path),
    ruleId: issue.code === 'custom' && typeof issue.params?.ruleId === 'string' ? issue.params.ruleId : ruleFor(issue),
    source,
  });
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
