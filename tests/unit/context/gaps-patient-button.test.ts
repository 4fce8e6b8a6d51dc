import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart's header bar printing the patient as a button, the name over the id and the birth date (CPRS): read as a
 * line there only, never any other button's text (patient-button.ts). Markup of our own.
 */
const read = async (bar: string, tag = 'div role="toolbar"') =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Chart - Cover Sheet</title></head><body><div>File Edit View Tools</div>
<${tag}>${bar}</${tag.split(' ')[0]}>
<div class="panes"><div><h4>Active Problems</h4><ul><li>Hypertension</li></ul></div><div><h4>Vitals</h4><ul><li>BP 128/80 Dec 05,2026@06:00</li></ul></div></div>
<div>SITE 612 · User: ABERNATHY,COLE (RN)</div></body></html>`,
      'https://chart.example.org/cover?id=5512',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

const patient = '<button type="button"><b>MARCHETTI,LUCIANA ROSE</b><br>123-45-6789&nbsp;&nbsp;&nbsp;Mar 14,1952 (74)</button>';
const others = '<button type="button">4 NORTH&nbsp;&nbsp;&nbsp;410-A<br>Provider: ODUYA,FEMI</button><button type="button">Postings<br>CWAD</button>';

describe("the patient's button in a chart's header bar", () => {
  it('is read as the banner line, the name over the birth date', async () => {
    expect(await read(patient + others)).toMatchObject({ name: 'Luciana Rose Marchetti', dob: '1952-03-14' });
    expect(await read(patient + others, 'header')).toMatchObject({ name: 'Luciana Rose Marchetti', dob: '1952-03-14' });
  });

  it('is not read when another button comes first in the bar', async () => {
    expect(await read(others + patient)).toBeNull();
  });

  it('is not read on one line, as an action names a person', async () => {
    expect(await read('<button type="button">Open MARCHETTI,LUCIANA ROSE Mar 14,1952 (74)</button>' + others)).toBeNull();
  });

  it('is not read outside a header or toolbar', async () => {
    expect(await read(patient + others, 'div')).toBeNull();
  });

  it('is not read in a list of recent patients in the header', async () => {
    expect(await read(`<ul><li>${patient}</li><li><button type="button"><b>OYELARAN,BISI</b><br>Jun 02,1961 (65)</button></li></ul>`, 'header')).toBeNull();
  });
});
