import type { ClientContext, ContextField, DateOrder } from './types';
import { CONTEXT_FIELDS } from './types';
import type { VisibilityChecker } from './dom';
import type { Slicer } from './slicer';
import { parseDate, type YMD } from './parse/dates';
import { hl7Date } from './generic/tr-hl7-date';
import { formBoxDate } from './generic/form-box-date';
import { parseName } from './parse/names';
import { normalizeId, normalizeLocation, normalizePhone, normalizeSex } from './parse/fields';

/** What one reader (profile, adapter or generic) found, before it becomes a ClientContext. */
export interface Reading {
  fields: Partial<Record<ContextField, string>>;
  provenance: Partial<Record<ContextField, string>>;
  dischargeActual?: boolean;
  /** A numeric date was read in the default order although the other order was possible. */
  ambiguousDates: boolean;
}

export interface ReadEnv {
  slicer: Slicer;
  /** The page's address: a document rebuilt from a snapshot has one of its own (docs/reader-split.md). */
  url?: string;
  vis: VisibilityChecker;
  /** Date order when something (options, profile, adapter) says it; undefined = assume MDY, flag ambiguity. */
  dateOrder?: DateOrder;
  today: YMD;
}

export function emptyReading(): Reading {
  return { fields: {}, provenance: {}, ambiguousDates: false };
}

/** Canonical form of each field that is not a date. */
const NORMALIZE: Record<Exclude<ContextField, 'dob' | 'admitDate' | 'dischargeDate'>, (raw: string) => string | null> = {
  name: parseName,
  mrn: normalizeId,
  sex: normalizeSex,
  phone: normalizePhone,
  location: normalizeLocation,
};

/** Turns raw page text into the field's canonical form, or null when it is not a plausible value. */
export function normalizeField(field: ContextField, raw: string, env: ReadEnv): { value: string; ambiguous: boolean } | null {
  if (field === 'dob' || field === 'admitDate' || field === 'dischargeDate') {
    const d = parseDate(hl7Date(formBoxDate(raw)), { order: env.dateOrder, kind: field === 'dob' ? 'birth' : 'event', today: env.today });
    return d ? { value: d.iso, ambiguous: d.ambiguous } : null;
  }
  const v = NORMALIZE[field](raw);
  return v ? { value: v, ambiguous: false } : null;
}

/** Records a value in the reading unless the field already has one (first reader wins). */
export function put(reading: Reading, field: ContextField, raw: string, where: string, env: ReadEnv, dischargeActual?: boolean): boolean {
  if (reading.fields[field] !== undefined) return false;
  const n = normalizeField(field, raw, env);
  if (!n) return false;
  reading.fields[field] = n.value;
  reading.provenance[field] = where.slice(0, 120);
  if (n.ambiguous) reading.ambiguousDates = true;
  if (field === 'dischargeDate' && dischargeActual !== undefined) reading.dischargeActual = dischargeActual;
  return true;
}

export function toContext(reading: Reading, source: string, confidence: number): ClientContext | null {
  const name = reading.fields.name;
  if (!name) return null;
  const ctx: ClientContext = { name, source, confidence: Math.round(confidence * 100) / 100 };
  for (const f of CONTEXT_FIELDS) {
    const v = reading.fields[f];
    if (f !== 'name' && v !== undefined) ctx[f] = v;
  }
  if (ctx.dischargeDate !== undefined && reading.dischargeActual !== undefined) ctx.dischargeActual = reading.dischargeActual;
  ctx.provenance = { ...reading.provenance };
  return ctx;
}
