import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A statutory form's possessive captions (hold-form-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Application for detention</title></head><body>${body}</body></html>`, 'https://ehr.example.org/holds/8812', extractClientContext)).reading;

describe("a hold form's possessive captions", () => {
  it("know the person's own phone", () => {
    for (const label of ["Patient's telephone", "Client's phone number", "Respondent's phone"]) expect(matchLabel(label)?.field, label).toBe('phone');
  });

  it("read the patient's phone, not the officer's", async () => {
    const r = await read(`<table><tr><td>Patient name</td><td>Perpetua Hollingsworth</td></tr><tr><td>MRN</td><td>7730412</td></tr>
<tr><td>Detaining officer</td><td>Sgt. Barnabas Lyle</td></tr><tr><td>Patient's telephone</td><td>(530) 555-0162</td></tr></table>`);
    expect(r?.name).toBe('Perpetua Hollingsworth');
    expect(r?.phone).toBe('(530) 555-0162');
  });
});
