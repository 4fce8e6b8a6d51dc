import type { Reading } from '../reading';

/**
 * The numeric date order a page's declared language implies ("en-AU", "en-GB"), for a page whose own dates prove
 * none (banner-date-order.ts): "05/10/1939" is 5 October on an Australian hospital's page. Only a region says it:
 * a bare "en" or "es" is printed both ways (a US clinic's Spanish page keeps US dates). Canada prints both orders
 * (month-first US products beside day-first ones), so there the page says neither: 'either'.
 */
export type LangDateOrder = 'DMY' | 'either';

const DAY_FIRST = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'za', 'in', 'sg', 'hk', 'my', 'mx', 'es', 'co', 'ar', 'cl', 'pe', 'fr', 'de', 'it', 'nl', 'br', 'pt']);

export function langDateOrder(doc: Document): LangDateOrder | undefined {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(doc.documentElement?.getAttribute('lang') ?? '')?.[1]?.toLowerCase();
  if (!region) return undefined;
  if (region === 'ca') return 'either';
  return DAY_FIRST.has(region) ? 'DMY' : undefined;
}

const DATES = ['dob', 'admitDate', 'dischargeDate'] as const;

/** A reading's dates that read the same day-first as month-first; a date the two orders read apart is nobody's yet. */
export function agreedDates(mdy: Reading, dmy: Reading | undefined): Reading {
  const fields = { ...mdy.fields };
  const provenance = { ...mdy.provenance };
  for (const f of DATES) {
    if (fields[f] !== undefined && fields[f] !== dmy?.fields[f]) {
      delete fields[f];
      delete provenance[f];
    }
  }
  return { ...mdy, fields, provenance, ambiguousDates: false };
}
