/**
 * The edition's revisions (src/changelog/revisions.yaml → validated data): what changed in the
 * editorial layer, when and why, newest first. The about page prints them and takes the edition's
 * version and date from the newest; every claim id they name must still resolve, as a claim's id
 * or as one of its former ids, so the record cannot point at nothing.
 */
import { z } from 'zod';
import { fail } from '../errors.ts';
import { claimIdPattern, type Claim } from '../claims/schema.ts';
import { parseEntry, readYamlList, type YamlEntry } from '../yaml-list.ts';

/**
 * A grade (评为 A−, B+) endorses the edition and is no part of its apparatus: the record says
 * what a review changed, never what it thought of the edition (`grade-in-record`).
 */
const grade = /评为|(?<![A-Za-z])[A-F][+−-](?![A-Za-z\d])|\bgrade/i;

const text = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    const found = grade.exec(value);
    if (found) ctx.addIssue({ code: 'custom', message: `has “${found[0]}”: say what a review changed, not how it graded the edition`, params: { ruleId: 'grade-in-record' } });
  });
const claimId = z.string().regex(claimIdPattern);

export const revisionSchema = z.strictObject({
  /** `major.minor`: major for a revision of the argument, minor for additions that leave it as it was. */
  version: z.string().regex(/^\d+\.\d+$/, 'must be major.minor, like 2.0'),
  /** The day the revision was made, YYYY-MM-DD. */
  date: z.iso.date(),
  /** One line: what the revision was and what prompted it. */
  summary: text,
  changes: z
    .array(
      z.strictObject({
        /** What changed. */
        what: text,
        /** Why: the finding, source or reasoning behind it. */
        why: text,
        /** The claims it touched, by the id they had then. */
        claims: z.array(claimId).default([]),
        /** Claims renamed by it: each new id keeps the old one among its `former_ids`. */
        renamed: z.array(z.strictObject({ from: claimId, to: claimId })).default([]),
      }),
    )
    .min(1),
});

export type Revision = z.infer<typeof revisionSchema>;

const versionNumbers = (version: string) => version.split('.').map(Number) as [number, number];
const isNewer = (a: string, b: string) => {
  const [aMajor, aMinor] = versionNumbers(a);
  const [bMajor, bMinor] = versionNumbers(b);
  return aMajor > bMajor || (aMajor === bMajor && aMinor > bMinor);
};

/** Validates the revisions against the claims as they are now; returns them newest first. */
export function loadRevisions(path: string, yaml: string, claims: readonly Pick<Claim, 'id' | 'former_ids'>[]): Revision[] {
  const known = new Set(claims.flatMap((claim) => [claim.id, ...claim.former_ids]));
  const entries = readYamlList(path, yaml, 'The list of revisions', 'edition');
  if (entries.length === 0) fail(path, 'The list of revisions is empty: the edition needs at least its first version', { ruleId: 'malformed-data', source: 'edition' });
  const revisions = entries.map((entry) => {
    const label = `Revision ${entry.entry}`;
    const revision = parseEntry(path, entry, revisionSchema, { label, ruleFor: () => 'malformed-data', source: 'edition' });
    checkClaims(path, entry, label, revision, known, claims);
    return revision;
  });
  revisions.forEach((revision, index) => {
    const older = revisions[index + 1];
    if (!older) return;
    const stop = (why: string) =>
      fail(path, `Revision ${index + 1} (${revision.version}, ${revision.date}) ${why} than revision ${index + 2} (${older.version}, ${older.date}); list the newest first`, {
        place: entries[index]!.place,
        ruleId: 'revisions-out-of-order',
        source: 'edition',
      });
    if (!isNewer(revision.version, older.version)) stop('has a version no newer');
    if (revision.date < older.date) stop('is dated earlier');
  });
  return revisions;
}

function checkClaims(path: string, entry: YamlEntry, label: string, revision: Revision, known: ReadonlySet<string>, claims: readonly Pick<Claim, 'id' | 'former_ids'>[]) {
  revision.changes.forEach((change, index) => {
    change.claims.forEach((id, at) => {
      if (!known.has(id)) {
        fail(path, `${label}: change ${index + 1} names \`${id}\`, which is no claim's id or former id`, { place: entry.placeOf(['changes', index, 'claims', at]), ruleId: 'unknown-claim', source: 'edition' });
      }
    });
    change.renamed.forEach(({ from, to }, at) => {
      const renamed = claims.some((claim) => claim.former_ids.includes(from) && (claim.id === to || claim.former_ids.includes(to)));
      if (!renamed) {
        fail(path, `${label}: change ${index + 1} renames \`${from}\` to \`${to}\`, but no claim keeps \`${from}\` among the former ids of \`${to}\``, {
          place: entry.placeOf(['changes', index, 'renamed', at]),
          ruleId: 'unknown-rename',
          source: 'edition',
        });
      }
    });
  });
}
