import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A claim's or case's parties table ("Parties Involved": Name | Role | Date of Birth | Phone) lists everyone on one
 * case, the claimant among the employer's contact, the treating physician, the attorney and the adjuster, each with a
 * phone. It is one client's case, never a list of clients: its role column says which row is the client's, and only
 * that row is read, each value under its column's header (as cm-headed-row.ts reads a member strip). Guidewire-like
 * claim systems, case management platforms and legal matter pages print parties so.
 */
const ROLE_HEAD = /^(?:role|roles|party role|party type|involvement|contact role)$/i;
/** The client's role, leading its cell ("Claimant (Injured Worker), Male"): never "Claimant Attorney" or "Patient's Employer". */
const CLIENT_ROLE = /^(?:claimant|injured (?:worker|employee)|patient|member|client|examinee)(?![\s-]*(?:attorney|advocate|representative|employer|contact|'s|’s)\b)(?:\W|$)/i;

/** Its rows, bounded: asked once per row read, a long list must not make each ask walk all of it. */
function rowsOf(table: Element, max: number): Element[] {
  const all = (table as HTMLTableElement).rows;
  const out: Element[] = [];
  for (let i = 0; all && i < all.length && i < max; i++) out.push(all[i] as Element);
  return out;
}

function headCells(table: Element): Element[] {
  const head = rowsOf(table, 5).find((tr) => tr.children.length > 1 && Array.from(tr.children).every((c) => tagOf(c) === 'TH'));
  return head ? Array.from(head.children) : [];
}

/** The table's one row the role column gives the client's role, with its role column's index; null unless exactly one. */
function clientRow(table: Element): Element | null {
  const heads = headCells(table);
  const role = heads.findIndex((h) => ROLE_HEAD.test(shortText(h, 40) ?? ''));
  if (role < 0) return null;
  const rows = rowsOf(table, 60).filter((tr) => tr.children.length === heads.length && tagOf(tr.children[role] as Element) === 'TD');
  const own = rows.filter((tr) => CLIENT_ROLE.test(shortText(tr.children[role] as Element, 60) ?? ''));
  return rows.length >= 2 && own.length === 1 ? (own[0] as Element) : null;
}

/** A table of one case's parties, whose role column picks one client row: the people around one client (people-table.ts). */
export function partiesTable(table: Element): boolean {
  return clientRow(table) !== null;
}

/**
 * A parties table's row: for the client's row, its values under their headers ("Name: …", "Date of Birth: …"); for
 * another party's, an empty line (nothing of theirs is the client's); null for a row of any other table.
 */
export function partyRowTokens(row: Element, seen: (el: Element) => boolean): string[] | null {
  const table = row.parentElement?.closest('table');
  const own = table ? clientRow(table) : null;
  if (!table || !own) return null;
  if (own !== row) return [];
  const heads = headCells(table);
  const tokens: string[] = [];
  Array.from(row.children).forEach((cell, i) => {
    const value = seen(cell) ? shortText(cell, 120, 40, seen) : null;
    const label = shortText(heads[i] as Element, 40)?.replace(/\s*:$/, '');
    // The role column's own words are the role's; the sex it may add ("Claimant, Male") is the client's.
    if (value && label && ROLE_HEAD.test(label)) tokens.push(...value.split(/,\s*/).slice(1));
    else if (value) tokens.push(label ? `${label}: ${value}` : value);
  });
  return tokens;
}
