import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A client banner as a two-row table of captions over values (hc-caption-row.ts), and the record number in
 * brackets in the element after a labelled name (hc-next-id.ts). Markup of our own, synthetic people.
 */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Client</title></head><body><header><span class="user">Carver, Noelle</span></header>${body}<h3>Service Documents</h3><p>Individual Therapy</p></body></html>`, 'https://bh.example.org/client/61203', extractClientContext)).reading;
const banner = (caps: string[], vals: string[]) => `<div class="client-banner"><table><tr>${caps.map((c) => `<td class="cap">${c}</td>`).join('')}</tr><tr>${vals.map((v) => `<td>${v}</td>`).join('')}</tr></table></div>`;

describe('a banner table of captions over values', () => {
  it('reads each value under its caption', async () => {
    expect(await read(banner(['Client Name', 'Client ID', 'Age', 'Gender', 'Program'], ['Quintero, Lisandro', '0000061203', '34', 'Male', 'Outpatient Adult']))).toMatchObject({ name: 'Lisandro Quintero', mrn: '0000061203', sex: 'M' });
  });

  it('never reads a table of one search result that way', async () => {
    const html = `<h1>Search Results</h1><table class="results"><tr><td>Client Name</td><td>Client ID</td><td>Program</td></tr><tr><td>Okafor, Jane</td><td>55120</td><td>Outpatient</td></tr></table>`;
    expect(await read(html)).toBeNull();
  });

  it('leaves a table of labels and values side by side as it was', async () => {
    const html = `<table class="fs"><tr><td>Client Name:</td><td>Brandvold, Tove</td><td>Client ID:</td><td>000219310</td></tr><tr><td>Date of Birth:</td><td>07/02/1972</td><td>Sex:</td><td>Female</td></tr></table><h4>Episode</h4><table class="fs"><tr><td>Episode:</td><td>1</td><td>Admit Date:</td><td>11/12/2026</td></tr><tr><td>Program:</td><td>Crisis Unit</td><td>Discharge Date:</td><td></td></tr></table>`;
    expect(await read(html)).toMatchObject({ name: 'Tove Brandvold', mrn: '000219310', admitDate: '2026-11-12' });
  });
});

describe('a labelled name with its number in the next element', () => {
  it('reads the number in brackets as the record number', async () => {
    const r = await read(`<div class="client-bar" role="banner"><span>Client: OYELARAN, FOLASADE</span><span>(000218844)</span><span>Program: Adult Outpatient</span><span>Admission Date: 09/15/2026</span></div>`);
    expect(r).toMatchObject({ name: 'Folasade Oyelaran', mrn: '000218844', admitDate: '2026-09-15' });
  });
});
