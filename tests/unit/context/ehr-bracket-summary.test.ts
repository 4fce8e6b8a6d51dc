import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { bracketedSummary } from '../../../src/context/generic/ehr-bracket-summary';

/** A header printing the patient as one phrase: "Name (ID, Sex, Age)". Our own markup. */
const page = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Ward</title></head><body><div id="app">${body}<section><h2>Observations</h2><p>Pulse 84 /min</p></section></div></body></html>`, 'text/html');
const read = (body: string) => extractClientContext(page(body), 'https://care.example.org/ward/#/patient/8c1e/dashboard', { adapters: [] });
const header = (name: string, id: string, sex: string, age: string) =>
  `<div class="patient-details"><i class="icon-user"></i>\n  <span>${name}</span>\n  <span>(${id},</span>\n  <span>${sex},</span>\n  <span>${age})</span>\n</div>`;

describe('the record number in brackets with the demographics after the name', () => {
  it('reads the name, the number and the sex from the one phrase', async () => {
    expect(await read(header('Olufemi Adaeze Nwosu', 'KT-55021', 'Male', '58 Years'))).toMatchObject({ name: 'Olufemi Adaeze Nwosu', mrn: 'KT-55021', sex: 'M' });
    expect(await read(`<div class="patient-details">Ingrid Halvorsen-Mbeki (WD0044812, F, 73 yrs)</div>`)).toMatchObject({ name: 'Ingrid Halvorsen-Mbeki', mrn: 'WD0044812', sex: 'F' });
  });

  it('reads no one from a list of such phrases', async () => {
    const list = `<ul class="patients"><li>${header('Olufemi Adaeze Nwosu', 'KT-55021', 'Male', '58 Years')}</li><li>${header('Beatrix Oyelowo', 'KT-55388', 'Female', '34 Years')}</li></ul>`;
    expect(await read(list)).toBeNull();
  });

  it('takes no bracket without a sex or an age, nor a phone, for the number', () => {
    expect(bracketedSummary(['Olufemi Nwosu', '(KT-55021,', 'ward 4)'])).toBeNull();
    expect(bracketedSummary(['Anna Kowalski', '(555-0134,', 'F)'])).toBeNull();
    expect(bracketedSummary(['Olufemi Nwosu (KT-55021', 'M', '58 y)'])).toEqual(['Olufemi Nwosu', '(KT-55021)', 'M', '58 y']);
  });
});
