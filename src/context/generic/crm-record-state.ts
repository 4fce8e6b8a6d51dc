import type { Obj } from './structured';
import { isObj } from './json-values';

/**
 * CRM record pages keep the record they show under a `record` key, its fields wrapped one by one: HubSpot's
 * `properties: { firstname: { value: "…" } }`, Salesforce's UI API `fields: { FirstName: { value, displayValue } }`.
 * Unwrapped, such a record is a store's patient like any other (app-state.ts). Only the one `record`: the same
 * state holds associated contacts (a spouse, a son) in the same shape, and they are not whom the page is about.
 * Custom fields carry an org's or a package's marks (`Medical_Record_Number__c`, `HealthCloudGA__…`,
 * `patient_chart_number`) and a person account prefixes its own (`PersonBirthdate`): dropped, so the names app state
 * uses are found. A custom number whose name leads with anyone else (`mother_mrn`) keeps its name and is not read.
 */
const WRAPPERS = ['properties', 'fields'];
const OWN_NUMBER = /^(?:patient|client|member)?(mrn|medicalrecordnumber|chartnumber)$/;

function plainKey(key: string): string {
  const bare = key.replace(/^[A-Za-z0-9]+__(?=[A-Za-z])/, '').replace(/__c$/, '').replace(/^Person(?=[A-Z])/, '');
  const m = OWN_NUMBER.exec(bare.replace(/[-_]/g, '').toLowerCase());
  return m ? (m[1] as string) : bare;
}

export function crmHeldRecord(node: Obj): Obj | undefined {
  const record = node.record;
  if (!isObj(record) || /user|owner/i.test(`${record.apiName ?? ''}`)) return undefined;
  for (const wrapper of WRAPPERS) {
    const fields = record[wrapper];
    if (!isObj(fields)) continue;
    const flat: Obj = {};
    let wrapped = 0;
    for (const [key, field] of Object.entries(fields).slice(0, 300)) {
      if (!isObj(field) || !('value' in field)) continue;
      wrapped++;
      if (typeof field.value === 'string' || typeof field.value === 'number') flat[plainKey(key)] = field.value;
    }
    const id = record.id ?? record.objectId;
    if (wrapped >= 2) return { ...flat, ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}) };
  }
  return undefined;
}
