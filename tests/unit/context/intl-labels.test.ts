import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

/** A UK/Australian/Canadian record card of label cells. Our own markup. */
const page = (rows: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Record</title></head><body><header>Logged in as: Nurse Idris Pugh</header>` +
      `<table class="card">${rows}<tr><td>Date of birth</td><td>21-Oct-1958</td></tr><tr><td>Sex</td><td>Male</td></tr></table></body></html>`,
    'text/html',
  );
const read = (rows: string) => extractClientContext(page(rows), 'https://pas.example.org/record/view', { adapters: [], today: '2026-12-05' });
const NAME = '<tr><td>Name</td><td>Gethin Llewellyn</td></tr>';

describe('national health numbers and UK label spellings', () => {
  it('reads an NHS, CHI or IHI number as the record number when no local one is shown', async () => {
    for (const label of ['NHS No.', 'NHS Number', 'CHI', 'CHI No', 'IHI No.']) {
      expect(matchLabel(label)?.field, label).toBe('mrn');
      expect(await read(`${NAME}<tr><td>${label}</td><td>473 026 1185</td></tr>`), label).toMatchObject({ name: 'Gethin Llewellyn', mrn: '473 026 1185' });
    }
  });

  it("lets the hospital's own number win over the national one beside it", async () => {
    const reading = await read(`${NAME}<tr><td>NHS No.</td><td>473 026 1185</td></tr><tr><td>Hospital No.</td><td>W0082214</td></tr>`);
    expect(reading).toMatchObject({ mrn: 'W0082214' });
  });

  it('puts the name together from Surname and Forename(s) cells, and reads "Mob" as a phone', async () => {
    const reading = await read(
      '<tr><td>Surname</td><td>LLEWELLYN</td></tr><tr><td>Forename(s)</td><td>Gethin Rhys</td></tr><tr><td>Unit No.</td><td>W0082214</td></tr><tr><td>Mob</td><td>07700 900 417</td></tr>',
    );
    expect(reading).toMatchObject({ mrn: 'W0082214', phone: '07700 900 417' });
    expect(reading?.name?.toLowerCase()).toBe('gethin rhys llewellyn');
  });

  it("reads New Zealand's NHI and British Columbia's PHN as national numbers: the record number alone, not beside the hospital's", async () => {
    for (const [label, id] of [['NHI', 'ZZZ0032'], ['NHI No.', 'ZZZ0032'], ['PHN', '9876 543 217'], ['BC PHN', '9876 543 217'], ['Personal Health Number', '9876 543 217']]) {
      expect(matchLabel(label as string)?.field, label).toBe('mrn');
      expect(await read(`${NAME}<tr><td>${label}</td><td>${id}</td></tr>`), label).toMatchObject({ name: 'Gethin Llewellyn', mrn: id });
    }
    expect(await read(`${NAME}<tr><td>NHI</td><td>ZZZ0032</td></tr><tr><td>Hospital No.</td><td>W0082214</td></tr>`)).toMatchObject({ mrn: 'W0082214' });
  });

  it("reads an Australian hospital's bare UR caption as its record number, ahead of the Medicare number and IHI", async () => {
    expect(matchLabel('UR')?.field).toBe('mrn');
    expect(await read(`${NAME}<tr><td>IHI</td><td>8003 6012 3456 7890</td></tr><tr><td>UR</td><td>0412987</td></tr><tr><td>Medicare</td><td>2123 45670 1 / 1</td></tr>`)).toMatchObject({ mrn: '0412987' });
    expect(matchLabel('URN')).toBeNull();
  });
});
