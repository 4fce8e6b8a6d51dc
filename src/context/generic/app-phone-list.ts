import type { Obj } from './structured';

/**
 * Registration and admissions apps keep a patient's numbers as a list of typed entries (`phones: [{ use: "mobile",
 * value: "…" }]`, `phoneNumbers: [{ type: "home", number: "…" }]`) rather than one field: the number of the most
 * personal kind (mobile, then home), else the first. Work and fax numbers are never the one to call the client on.
 * An entry the record itself flags as the primary or preferred one (`{ type: "Home", number: "…", primary: true }`, as
 * aging services and CRM apps keep them) is the number its staff call first: it outranks any kind.
 */
const ORDER = ['mobile', 'cell', 'home', 'primary', 'preferred'];

export function listedPhone(p: Obj): string | undefined {
  const list = p.phones ?? p.phoneNumbers;
  if (!Array.isArray(list) || list.length === 0 || list.length > 8) return undefined;
  const entries = list.flatMap((e) => {
    if (typeof e !== 'object' || e === null) return [];
    const o = e as Obj;
    const value = o.value ?? o.number;
    // GraphQL schemas name the use `kind` (`{ number, kind: "MOBILE" }`).
    const kind = `${o.use ?? o.type ?? o.kind ?? ''}`.toLowerCase();
    const flagged = o.primary === true || o.preferred === true || o.isPrimary === true;
    return typeof value === 'string' && value.length <= 40 && !/work|fax|pager/.test(kind) ? [{ value, rank: flagged ? -1 : ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length }] : [];
  });
  return entries.sort((a, b) => a.rank - b.rank)[0]?.value;
}
