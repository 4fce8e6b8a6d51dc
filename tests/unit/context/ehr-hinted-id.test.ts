import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** Headers that print the number bare beside the name, only their markup saying what each is. Our own markup. */
const page = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Consultation</title></head><body><div class="app"><div class="top">${body}</div><section><h2>Vitals</h2><p>Pulse 92 /min</p></section></div></body></html>`, 'text/html');
const read = (body: string) => extractClientContext(page(body), 'https://care.example.org/clinical/#/patient/3f2a/consultation', { adapters: [] });
const pair = (name: string, id: string) => `<a class="back-link" title="Back to dashboard"><img src="/blank.png"><span class="info"><span class="patientName">${name} </span><span class="patientId">${id}</span></span></a>`;

describe('a bare number the markup calls the patient\'s, after the name it calls theirs', () => {
  it('is the record number of the name before it', async () => {
    expect(await read(pair('Tobiloba Adeyemi Oyelaran', 'QZ40017'))).toMatchObject({ name: 'Tobiloba Adeyemi Oyelaran', mrn: 'QZ40017' });
  });

  it('makes a list of such pairs a list, never a client', async () => {
    expect(await read(`<ul><li>${pair('Tobiloba Adeyemi Oyelaran', 'QZ40017')}</li><li>${pair('Marisol Quintero', 'QZ40231')}</li></ul>`)).toBeNull();
  });

  it("takes no user's or provider's number for a patient's", async () => {
    expect(await read(`<span class="user-name">Henrietta Vasquez-Lund</span><span class="user-id">U20991</span>`)).toBeNull();
    expect(await read(`<span class="provider-name">Henrietta Vasquez-Lund</span><span class="patient-id">QZ40017</span>`)).toBeNull();
  });
});
