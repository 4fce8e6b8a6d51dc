import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A delivery record is the mother's: its later "Infant" section is the baby's (newborn-section.ts), and its "EDD"
 * beside her gravida and para is her due date, never a discharge (obstetric-edd.ts); a newborn's own card before the
 * mother's stays the record's client. Markup of our own, synthetic people.
 */
const read = async (html: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Delivery</title></head><body>${html}</body></html>`, 'https://ehr.example.org/ob/delivery/1', extractClientContext)).reading;

describe('a delivery record', () => {
  it('is the mother’s, the infant section after her identity the baby’s', async () => {
    const r = await read(
      `<div>Lakeview Birth Center · Printed 12/05/2026 by kbarros</div><h1>Delivery Summary</h1>
       <table><tr><td>Patient:</td><td>Halvorsen-Diop, Maren</td><td>MRN:</td><td>HD4471902</td></tr>
       <tr><td>DOB:</td><td>04/22/1990</td><td>Admission Date:</td><td>12/02/2026</td></tr>
       <tr><td>Gravida/Para:</td><td>G2 P2002</td><td>EDD:</td><td>12/09/2026</td></tr></table>
       <h2>Infant</h2>
       <table><tr><td>Name:</td><td>Halvorsen-Diop, Baby Girl</td><td>Infant MRN:</td><td>HD4472050</td></tr>
       <tr><td>Birth Date:</td><td>12/03/2026</td><td>Sex:</td><td>Female</td></tr></table>`,
    );
    expect(r?.name).toBe('Maren Halvorsen-Diop');
    expect(r?.mrn).toBe('HD4471902');
    expect(r?.dob).toBe('1990-04-22');
    expect(r?.sex).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('keeps a newborn card that comes first as the client’s', async () => {
    const r = await read(
      `<div><h4>Infant</h4><dl><dt>Name</dt><dd>OYELOWO, TEMI</dd><dt>Birth Date</dt><dd>11/30/2026</dd><dt>Infant Medical Record #</dt><dd>2026-118830</dd></dl></div>
       <div><h4>Mother</h4><dl><dt>Name</dt><dd>OYELOWO, FUNKE</dd><dt>Date of Birth</dt><dd>02/07/1993</dd></dl></div>`,
    );
    expect(r?.name).toBe('Temi Oyelowo');
    expect(r?.dob).toBe('2026-11-30');
  });

  it('reads EDD as an expected discharge where no pregnancy is counted', async () => {
    const r = await read(`<table><tr><td>Patient:</td><td>Brandvold, Tor</td><td>MRN:</td><td>77120334</td></tr><tr><td>DOB:</td><td>1950-03-02</td><td>Admitted:</td><td>12/01/2026</td></tr><tr><td>EDD:</td><td>12/09/2026</td></tr></table>`);
    expect(r?.dischargeDate).toBe('2026-12-09');
  });
});
