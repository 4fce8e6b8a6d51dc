import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A labelled ward with its room or bed after a comma is one place (line-room-place.ts, roomAfterWard). Our own markup. */
const letter = (place: string) =>
  `<!DOCTYPE html><html><body><div class="message"><p>Hello team,</p><p>The patient below went home this morning.</p>` +
  `<p>Patient: Cordelia Fairweather-Nkemelu<br>DOB: 09/30/1946<br>MRN: 7720419<br>Admitted: 11/20/2026<br>${place}<br>Phone: (412) 555-0163</p></div></body></html>`;
const read = async (place: string) => (await readInHappyDom(letter(place), 'https://mail.example.org/inbox/msg/88', extractClientContext)).reading;

describe('a ward and its room after a comma', () => {
  it('reads the ward with its room or bed', async () => {
    expect(await read('Ward: Oncology 4B, Bed 12')).toMatchObject({ name: 'Cordelia Fairweather-Nkemelu', location: 'Oncology 4B, Bed 12' });
    expect(await read('Unit: 3 North, Rm 318')).toMatchObject({ location: '3 North, Rm 318' });
  });

  it('leaves a ward alone when no room follows', async () => {
    expect(await read('Unit: 3 North, Dr. Halima Osei')).toMatchObject({ location: '3 North' });
  });
});
