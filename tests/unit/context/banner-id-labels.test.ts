import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

/** A registration card of label-over-value cells, as hospital systems print the patient's number. Our own markup. */
const page = (label: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Admission</title></head><body><header><span>Logged in: Farzana Qureshi</span></header><div class="card"><div class="grid">` +
      `<div><p class="lbl">${label}</p><p class="val">KX-0071553</p></div><div><p class="lbl">Patient Name</p><p class="val">Anselm Varga</p></div>` +
      `<div><p class="lbl">Mobile No.</p><p class="val">07700 900 318</p></div><div><p class="lbl">Consultant</p><p class="val">Dr. Lena Okafor</p></div></div></div></body></html>`,
    'text/html',
  );
const read = (label: string) => extractClientContext(page(label), 'https://hms.example.org/admission/KX-0071553', { adapters: [], today: '2026-12-04' });

describe("hospital systems' names for the patient's record number", () => {
  it('reads UHID, CRN and UR No. as the record number', async () => {
    for (const label of ['UHID', 'CRN', 'UR No.', 'UR Number']) {
      expect(matchLabel(label)?.field, label).toBe('mrn');
      expect(await read(label), label).toMatchObject({ name: 'Anselm Varga', mrn: 'KX-0071553' });
    }
  });

  it('keeps encounter numbers apart from it', () => {
    // "urn:oid:…" opens an identifier's system, not a label.
    for (const label of ['FIN', 'Encounter #', 'urn']) expect(matchLabel(label)?.field ?? null, label).toBeNull();
  });
});
