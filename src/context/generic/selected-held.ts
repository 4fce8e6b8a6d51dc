import type { Json, Obj } from './structured';
import { isObj } from './json-values';

/**
 * Single-page practice apps (cloud dental and clinic systems) keep the patient open across their screens as one
 * object under a selection key (`selectedPatient`, `currentPatient`, `activePatient`), beside the signed-in user
 * and the practice: that object is the record's person, as one under a `patient` key is (client-held.ts). Only an
 * object: `selectedPatientId` names an id, which app-selected.ts looks up among a store's collections.
 */
const SELECTED = /^(?:selected|current|active|open|focused)(?:Patient|Member|Resident|Client)$/i;

export function selectedHeld(node: Obj): Obj | undefined {
  for (const [key, value] of Object.entries(node).slice(0, 100)) {
    if (SELECTED.test(key) && isObj(value as Json)) return value as Obj;
  }
  return undefined;
}
