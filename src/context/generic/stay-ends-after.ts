import type { Reading } from '../reading';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * No stay ends before it begins: a discharge dated before the admission read is an earlier stay's (an HIE's encounter
 * list prints an ED visit's "discharged 11/14" below the open admission of 12/02, each read from its own line).
 * hc-prior-discharge.ts drops a discharge before every admission on the page; this one, once the reading has chosen
 * its admission. Only the discharge goes: the admission is the stay the page calls current or latest.
 */
export function withoutDischargeBeforeAdmission(reading: Reading): Reading {
  const { admitDate, dischargeDate } = reading.fields;
  if (!admitDate || !dischargeDate || !ISO.test(admitDate) || !ISO.test(dischargeDate) || dischargeDate >= admitDate) return reading;
  const fields = { ...reading.fields };
  const provenance = { ...reading.provenance };
  delete fields.dischargeDate;
  delete provenance.dischargeDate;
  return { fields, provenance, ambiguousDates: reading.ambiguousDates };
}
