import type { ClientIdentity, ClientRecord } from '../../model/records';

/** Merge proposals: a match on name + date of birth across systems, only ever proposed to the user. */

/** What a merge proposal compares: who, born when, known in which systems. */
export type MergeCandidate = Pick<ClientRecord, 'id' | 'name' | 'dob'> & { identities: readonly Pick<ClientIdentity, 'system' | 'mrn'>[] };

/**
 * Lower-case, no diacritics, no punctuation, tokens sorted: "DOE, Jane" and "Jane Doe" and
 * "jane  doé" all agree. Sorting loses token order on purpose; the DOB carries the rest of the match.
 */
export function normaliseNameForMatch(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Undefined without a DOB: a name alone is far too common to suggest anything. */
export function nameDobKey(name: string, dob?: string): string | undefined {
  if (!dob) return undefined;
  const n = normaliseNameForMatch(name);
  if (!n) return undefined;
  return `${n}|${dob}`;
}

/**
 * Other clients that may be the same person: same name + DOB, and no system in common (two records
 * in one system with different MRNs are two people the system itself tells apart).
 */
export function proposeMerges<C extends MergeCandidate>(candidate: MergeCandidate, others: readonly C[]): C[] {
  const key = nameDobKey(candidate.name, candidate.dob);
  if (key === undefined) return [];
  const systems = new Set(candidate.identities.map((i) => i.system));
  return others.filter(
    (o) =>
      o.id !== candidate.id &&
      nameDobKey(o.name, o.dob) === key &&
      !o.identities.some((i) => systems.has(i.system)),
  );
}

