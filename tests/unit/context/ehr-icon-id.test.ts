import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A header whose labels are icons, the record number bare after an identifier icon. Our own markup. */
const page = (icon: string, ids: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Chart</title></head><body><div id="root"><div class="tile" aria-label="Patient Header">` +
      `<p data-testid="patient-name" class="_name_q81_2">Tancredi Oyelowo-Marsh</p><div class="_details_q81_7">` +
      `<div class="_item_q81_9">${icon}<p>${ids}</p></div><div class="_item_q81_9"><i class="fa fa-mars"></i><p>Male</p></div>` +
      `<div class="_item_q81_9"><i class="fa fa-calendar"></i><p>59 years | 1967-03-02</p></div></div></div>` +
      `<section><h2>Conditions</h2><p>Asthma</p></section></div></body></html>`,
    'text/html',
  );
const read = (icon: string, ids: string) => extractClientContext(page(icon, ids), 'https://clinic.example.org/clinical/patient/51ac', { adapters: [] });

describe('a record number labelled by an icon', () => {
  it('is read after an icon whose markup names an identifier', async () => {
    expect(await read('<i class="fa fa-id-card" id="id-card"></i>', 'QX20441 | 55-0912')).toMatchObject({ name: 'Tancredi Oyelowo-Marsh', mrn: 'QX20441', dob: '1967-03-02', sex: 'M' });
    expect(await read('<svg aria-label="Identifier" viewBox="0 0 16 16"><path d="M0 0h16v16H0z"></path></svg>', '00448120')).toMatchObject({ mrn: '00448120' });
  });

  it('is not read after an icon for anything else', async () => {
    const r = await read('<i class="fa fa-phone"></i>', 'QX20441');
    expect(r?.mrn).toBeUndefined();
  });
});
