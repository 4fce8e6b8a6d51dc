import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A band or label printed as text in a box that keeps its white space: runs of spaces and line breaks part its
 * values (preserved-columns.ts). Markup of our own, synthetic people.
 */
const page = (style: string) => `<!DOCTYPE html><html><head><title>Label print</title>
  <style>.lbl { ${style} font-family: monospace; }</style></head><body>
  <header>Printed by ADAIR, BETH RN · Printer 3S-ZEB-1</header>
  <div class="lbl">QUARTERMAIN, EDITH R    81Y  F  06/02/1945  MRN:5530218
FIN:660017324  ADM:11/30/26  RM 318-B  DR KALLIO</div>
  </body></html>`;

describe('a label printed in a box that keeps its white space', () => {
  it('is read value by value', async () => {
    const { reading } = await readInHappyDom(page('white-space: pre;'), 'https://labels.example.org/band?enc=660017324', extractClientContext);
    expect(reading?.name).toMatch(/^Edith R\.? Quartermain$/);
    expect(reading?.mrn).toBe('5530218');
    expect(reading?.dob).toBe('1945-06-02');
    expect(reading?.sex).toBe('F');
    expect(reading?.admitDate).toBe('2026-11-30');
  });

  it('is read the same where only its line breaks are kept, each row a value of its own no more', async () => {
    const { reading } = await readInHappyDom(page('white-space: pre-line;'), 'https://labels.example.org/band?enc=660017324', extractClientContext);
    expect(reading?.sex).toBeUndefined();
  });

  it('is read value by value on one line too, a band with no line break', async () => {
    const band = (style: string) => `<!DOCTYPE html><html><head><style>.band { ${style} font-family: monospace; }</style></head><body>
      <header>Printed by ADAIR, BETH RN</header><div class="band"><b>HALVORSEN, MARGIT E</b>     76Y  F  03/14/1950  MRN:00718342</div></body></html>`;
    const { reading } = await readInHappyDom(band('white-space: pre;'), 'https://labels.example.org/band?enc=77', extractClientContext);
    expect(reading).toMatchObject({ mrn: '00718342', dob: '1950-03-14', sex: 'F' });
    expect((await readInHappyDom(band(''), 'https://labels.example.org/band?enc=77', extractClientContext)).reading?.sex).toBeUndefined();
  });

  it('runs together where the browser collapses its spaces', async () => {
    const { reading } = await readInHappyDom(page(''), 'https://labels.example.org/band?enc=660017324', extractClientContext);
    expect(reading?.sex).toBeUndefined();
  });
});
