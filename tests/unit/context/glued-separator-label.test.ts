import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A region named "Patient" whose spans are written with no whitespace between the tags: the bar or bullet that parts the
 * name from the next label ("Lind|MRN:") is glued to both, and cutting the value at that label must keep the name's last
 * word (labelled.ts cutAtNextLabel). Markup of our own, synthetic people.
 */
const page = (sep: string) =>
  `<!DOCTYPE html><html><head><title>Check-in</title></head><body><div class="top">Reviewer: Ottilie Brandvold</div><div class="bar" aria-label="Patient"><span class="nm">Augustin Lorcan Pellerin-Moss</span><span class="sep">${sep}</span><span>MRN: Q7730214</span><span class="sep">${sep}</span><span>DOB: 3/14/1961</span></div><p>Check-in completed.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://kiosk.example.org/review/1', extractClientContext)).reading;

describe('a separator glued to the next label', () => {
  it('keeps the whole name before it', async () => {
    for (const sep of ['|', '•', '·']) {
      const r = await read(page(sep));
      expect(r, sep).toMatchObject({ name: 'Augustin Lorcan Pellerin-Moss', mrn: 'Q7730214', dob: '1961-03-14' });
    }
  });
});
