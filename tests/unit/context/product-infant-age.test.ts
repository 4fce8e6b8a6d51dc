import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** An infant's banner gives the age in months, weeks or days beside the birth date (product-infant-age.ts). Markup of our own. */
const read = (age: string, dob: string) =>
  extractClientContext(
    new DOMParser().parseFromString(
      `<!DOCTYPE html><html><head><title>Chart</title></head><body><div role="banner"><div class="patient-name">Nia Achieng Otieno</div><div><span>${age}</span><span>·</span><span>${dob}</span><span>·</span><span>Chart ID: QX-40917</span></div></div></body></html>`,
      'text/html',
    ),
    'https://records.example.org/chart/5521',
    { adapters: [], today: '2026-12-04' },
  );

describe("an infant's age beside the birth date", () => {
  it('confirms the date as an age in years does', async () => {
    expect(await read('3 mths', '12-Aug-2026')).toMatchObject({ name: 'Nia Achieng Otieno', dob: '2026-08-12' });
    expect(await read('6 wks', '23-Oct-2026')).toMatchObject({ dob: '2026-10-23' });
    expect(await read('14 months', '02-Oct-2025')).toMatchObject({ dob: '2025-10-02' });
  });

  it('never confirms a date that does not agree with it', async () => {
    expect((await read('3 mths', '12-Aug-2019'))?.dob).toBeUndefined();
  });
});
