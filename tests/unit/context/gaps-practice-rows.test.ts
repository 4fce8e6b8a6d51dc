import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A practice-management family module: the name in "Last" / "First" / "Middle" rows, a chart number and a patient
 * number both labelled in the record's one table, beside a table of family members (pm-labels.ts, record-ids.ts); a
 * pharmacy's own patient id. Markup of our own, synthetic people.
 */
const info = (extra = '', ids = '<tr><td>ChartNum</td><td>HALPE01</td></tr><tr><td>Patient Num</td><td>7702</td></tr>') =>
  `<table><tr><td>Last</td><td>Halvorsen</td></tr><tr><td>First</td><td>Petra</td></tr><tr><td>Middle</td><td>J</td></tr>
<tr><td>Gender</td><td>Female</td></tr><tr><td>Birthdate</td><td>07/22/1983</td></tr><tr><td>Hm Phone</td><td>(503)555-0121</td></tr>${ids}</table>${extra}`;
const family = `<table><tr><th>Name</th><th>Position</th><th>Gender</th><th>Age</th></tr>
<tr><td>Halvorsen, Anders</td><td>Guarantor</td><td>M</td><td>45</td></tr><tr><td>Halvorsen, Petra J</td><td>Spouse</td><td>F</td><td>43</td></tr>
<tr><td>Halvorsen, Siri</td><td>Child</td><td>F</td><td>9</td></tr></table>`;
const read = async (body: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Family</title></head><body><div>Appts · Family · Account · Chart</div>${body}</body></html>`,
      'https://dental.example.org/family?pat=7702',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

describe("a practice's family module", () => {
  it('puts the name together from its Last and First rows, the first of its two numbers the record number', async () => {
    expect(await read(`<div>${info()}</div><div>${family}</div>`)).toMatchObject({ name: 'Petra J. Halvorsen', mrn: 'HALPE01', dob: '1983-07-22', sex: 'F', phone: '(503)555-0121' });
  });

  it('reads no name from a Last row and a First row in two tables', async () => {
    const split = `<table><tr><td>Last</td><td>Halvorsen</td></tr></table><table><tr><td>First</td><td>Petra</td></tr><tr><td>Birthdate</td><td>07/22/1983</td></tr><tr><td>ChartNum</td><td>HALPE01</td></tr></table>`;
    expect(await read(split)).toBeNull();
  });

  it('reads two numbers in two tables as two people', async () => {
    expect(await read(`<div>${info('<table><tr><td>Patient Num</td><td>7703</td></tr></table>', '<tr><td>ChartNum</td><td>HALPE01</td></tr>')}</div>`)).toBeNull();
  });
});

describe("a pharmacy's patient id", () => {
  it('is the record number', async () => {
    const form = `<fieldset><legend>Patient</legend><label for="f">First name</label><input id="f" value="Oskar"><label for="l">Last name</label><input id="l" value="Brandvold">
<label for="d">Date of birth</label><input id="d" type="date" value="1971-03-09"><label for="p">Pharmacy patient ID</label><input id="p" value="RXP-55012" readonly></fieldset>`;
    expect(await read(form)).toMatchObject({ name: 'Oskar Brandvold', mrn: 'RXP-55012', dob: '1971-03-09' });
  });
});
