import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A telephone call record's date and place (call-record-stay.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Encounter</title></head><body>${body}</body></html>`, 'https://advice.example.org/enc/55120', extractClientContext)).reading;

const caption = (text: string) => `<tr><td class="caption" colspan="4">${text}</td></tr>`;
const row = (a: string, b: string, c = '', d = '') => `<tr><td>${a}</td><td>${b}</td><td>${c}</td><td>${d}</td></tr>`;
const record = (callRows: string, more = '') =>
  `<table border="1">${caption('ENCOUNTER')}${row('Encounter #', 'E-55120', 'Date/Time', '11/29/2026 22:15')}${callRows}` +
  caption('PATIENT') +
  row('Patient', 'LANGSTROM, CORDELIA', 'Chart #', 'AV77120') +
  row('Birth Date', '07/19/1962', 'Sex', 'F') +
  row('Home Phone', '541-555-0101', 'Location', 'Home') +
  `${more}</table>`;
const caller = caption('CALLER') + row('Caller', 'LANGSTROM, OTTO', 'Callback #', '541-555-0166');

describe("a telephone call record's date and place", () => {
  it('are the call\'s, not a stay', async () => {
    const r = await read(record(caller));
    expect(r?.name).toBe('Cordelia Langstrom');
    expect(r?.admitDate).toBeUndefined();
    expect(r?.location).toBeUndefined();
  });

  it('an encounter record without a caller keeps them', async () => {
    expect((await read(record('')))?.admitDate).toBe('2026-11-29');
  });

  it('keeps a date it labels as an admission', async () => {
    const r = await read(record(caller, row('Admitted', '11/20/2026', '', '')));
    expect(r?.admitDate).toBe('2026-11-20');
  });
});
