import { normalizeField, type ReadEnv } from '../reading';
import type { Line } from './line';

/**
 * One person's two copies side by side: a renewal request prints the patient as the pharmacy sent her beside the
 * chart patient it was matched to ("SVENSSON, INGRID M" | "Svensson, Ingrid Marie"), in the same layout, which
 * otherwise reads as a list of two people. The two are one person only when each copy names one person and prints
 * one birth date, the names' first and last words are the same and every middle word agrees up to its initial,
 * the birth dates are the same date read one way only, and no record number or sex differs. Anything less stays
 * a list. The fuller name is the one read.
 */
const words = (name: string) => name.toLowerCase().replace(/\./g, '').split(/\s+/).filter(Boolean);

/** Same words, a middle word and its initial agreeing ("Ingrid M Svensson", "Ingrid Marie Svensson"). */
export function upToInitial(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length !== y.length || x.length < 2 || x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1]) return false;
  return x.slice(1, -1).every((w, i) => {
    const v = y[i + 1] as string;
    return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
  });
}

/** The line's values of one field, normalised; null when one cannot be read for certain. */
function values(line: Line, field: 'name' | 'dob' | 'mrn' | 'sex', env: ReadEnv): Set<string> | null {
  const out = new Set<string>();
  for (const p of line.pairs) {
    if (p.rule.field !== field) continue;
    const v = normalizeField(field, p.raw, env);
    if (!v || v.ambiguous) return null;
    out.add(field === 'name' ? words(v.value).join(' ') : v.value);
  }
  return out;
}

/** The fuller name when the two lines are one person's copies, else null. */
export function copiesName(lines: readonly { line: Line }[], env: ReadEnv): string | null {
  const [a, b] = lines;
  if (lines.length !== 2 || !a || !b || a.line.lead !== undefined || b.line.lead !== undefined) return null;
  const of = (f: 'name' | 'dob' | 'mrn' | 'sex') => [values(a.line, f, env), values(b.line, f, env)] as const;
  const [na, nb] = of('name');
  const [da, db] = of('dob');
  if (!na || !nb || !da || !db || na.size !== 1 || nb.size !== 1 || da.size !== 1 || db.size !== 1) return null;
  const [x] = na;
  const [y] = nb;
  if (!x || !y || x === y || !upToInitial(x, y) || [...da][0] !== [...db][0]) return null;
  for (const f of ['mrn', 'sex'] as const) {
    const [va, vb] = of(f);
    if (!va || !vb || new Set([...va, ...vb]).size > 1) return null;
  }
  const fuller = x.length >= y.length ? x : y;
  return normalizeField('name', fuller, env)?.value ?? null;
}
