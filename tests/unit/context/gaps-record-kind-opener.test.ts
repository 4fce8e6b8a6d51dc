import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A compact record header: an initials avatar, the record's type and subtype ("Person Account · Patient"), then the
 * name, its facts below (record-header-name.ts). Our own markup.
 */
const page = (kind: string) =>
  `<!DOCTYPE html><html><head><title>Records</title></head><body><div class="bar">Records</div>` +
  `<div class="head"><div class="av" aria-hidden="true">MO</div><div><div class="kind">${kind}</div><div class="ttl">Marguerite Oyelowo-Brandt</div></div></div>` +
  `<div class="facts"><div class="f"><div class="l">Patient ID</div><div>RC-5520917</div></div><div class="f"><div class="l">Birthdate</div><div>2/11/1975</div></div></div></body></html>`;
const read = async (kind: string) => (await readInHappyDom(page(kind), 'https://crm.example.org/m/records/5520917', extractClientContext)).reading;

describe("a record header's type and subtype before the name", () => {
  it('opens the block the name titles', async () => {
    expect(await read('Person Account · Patient')).toMatchObject({ name: 'Marguerite Oyelowo-Brandt', mrn: 'RC-5520917', dob: '1975-02-11' });
  });

  it('is no opener when it says whose else the record is', async () => {
    expect(await read('Emergency contact · Spouse')).toBeNull();
  });
});
