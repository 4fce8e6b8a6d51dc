import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An EVV or home-care visit's card counts its billing units beside the visit date (st-visit-date.ts): a count of units
 * names no ward, so the visit is no stay. A numbered unit still is one. Markup of our own, synthetic people.
 */
const card = (units: string) => `<!DOCTYPE html><html><head><title>Visit Details</title></head><body>
  <div class="card"><div class="col"><h4>Client</h4>
    <div><label>Client Name</label><div>HALLORAN, PEADAR J</div></div>
    <div><label>Client ID</label><div>000551902</div></div></div>
  <div class="col"><h4>Visit</h4>
    <div><label>Visit Date</label><div>11/21/2026</div></div>
    <div><label>Service</label><div>S5125 — Attendant care; per 15 min</div></div>
    ${units}</div></div></body></html>`;

const read = async (units: string) => (await readInHappyDom(card(units), 'https://evv.example.org/visit/9921', extractClientContext)).reading;

describe("a visit's billing units", () => {
  it('are no ward: the visit date is no admission', async () => {
    expect((await read('<div><label>Billable Units</label><div>16</div></div>'))?.admitDate).toBeUndefined();
  });

  it('while a numbered unit still makes the visit a stay', async () => {
    expect((await read('<div><label>Unit</label><div>4 West</div></div><div>Bed 12</div>'))?.admitDate).toBe('2026-11-21');
  });
});
