import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * IDD providers, Medicaid portals and exchanges label the person "Individual Name" or "Recipient", their number
 * "Individual ID", "Recipient ID", "MCI #" or "MPI ID" (sc-labels.ts); the id yields to a labelled record number.
 * Markup of our own, synthetic people.
 */
const rows = (pairs: [string, string][]) => pairs.map(([k, v]) => `<div class="row"><span class="k">${k}</span><span>${v}</span></div>`).join('');
const page = (pairs: [string, string][]) =>
  `<!DOCTYPE html><html><head><title>Event Report</title></head><body><div>User: Kwabena Owusu · Logout</div><div class="title">Event Report — Hospitalization</div>
<div class="blk"><h3>Details</h3>${rows(pairs)}</div><div class="blk"><h3>Event</h3>${rows([['Event Date', '11/27/2026'], ['Reported By', 'Ama Boateng (DSP)']])}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://idd.example.org/reports/view?id=GER-441', extractClientContext)).reading;

describe('IDD, Medicaid and exchange labels', () => {
  it('name the person and their number', async () => {
    for (const [nameLabel, idLabel] of [['Individual Name', 'Individual ID'], ['Recipient Name', 'Recipient ID'], ['Individual Name', 'MCI #'], ['Beneficiary Name', 'MPI ID']] as const) {
      const r = await read(page([[nameLabel, 'Perpetua Ifeoma Langford'], [idLabel, 'IX-0047731'], ['Date of Birth', '01/31/1988'], ['Gender', 'Female']]));
      expect(r?.name, nameLabel).toBe('Perpetua Ifeoma Langford');
      expect(r?.mrn, idLabel).toBe('IX-0047731');
    }
  });
  it('an individual id yields to a labelled record number', async () => {
    const r = await read(page([['Individual Name', 'Perpetua Ifeoma Langford'], ['Individual ID', 'IX-0047731'], ['MRN', '55012874'], ['Date of Birth', '01/31/1988']]));
    expect(r?.mrn).toBe('55012874');
  });
});
