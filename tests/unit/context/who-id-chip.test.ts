import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { whoIdChip } from '../../../src/context/generic/who-id-chip';

/**
 * A person's kind before their number in a chip, no colon ("Member MHP-9043318", who-id-chip.ts): the record number.
 * Markup of our own, synthetic people.
 */
const card = (chip: string) =>
  `<!DOCTYPE html><html><head><title>Trip</title></head><body><div class="bar">Unit 9 · Colm Brannigan</div><div class="card"><div>Picking up</div><div class="big">Perpetua Onyango-Lind</div><div><span class="chip">${chip}</span><span class="chip">DOB 08/30/1946</span><span class="chip">Female</span></div></div><div class="card next"><div>Next</div><div>Osric Tallbridge</div><div><span class="chip">Member QR-7730015</span></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://driver.example.org/run/12/leg/3', extractClientContext)).reading;

describe("a person's kind before their number, no colon", () => {
  it('is the record number', async () => {
    for (const [chip, id] of [['Member QR-7730244', 'QR-7730244'], ['Patient 00412377', '00412377'], ['Client TN-004188', 'TN-004188']] as const) {
      expect(await read(card(chip)), chip).toMatchObject({ name: 'Perpetua Onyango-Lind', mrn: id, dob: '1946-08-30' });
    }
  });

  it("is never the next rider's, on a line without a birth date", async () => {
    expect(await read(card('Walker'))).toMatchObject({ name: 'Perpetua Onyango-Lind', dob: '1946-08-30' });
    expect((await read(card('Walker')))?.mrn).toBeUndefined();
  });

  it('is nothing in a phrase, before a name or a short number', () => {
    for (const token of ['Member since 2019', 'Patient 2 of 5', 'Member DOE', 'Client 3', 'Member 12/03/2019', 'Patient Jane Roe']) expect(whoIdChip(token), token).toBeNull();
  });
});
