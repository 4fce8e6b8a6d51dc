import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A chip banner whose separators are elements of their own between the chips. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://clinic.example.com/visits/4410/summary', extractClientContext)).reading;
const chips = ['<b>Anselm Drummond-Kaye</b>', '<span>61 yr M</span>', '<span>DOB 04/09/1965</span>', '<span>MRN 5520917</span>', '<span>Visit 4410</span>', '<span>Room 3</span>', '<span>71.0 kg</span>'];

describe('separator marks as elements between chips', () => {
  it('reads a banner of seven chips and their six dots as one line', async () => {
    const banner = `<div class="bar">${chips.join('<span class="dot">•</span>')}</div>`;
    expect(await read(`${banner}<h1>Visit summary</h1><p>Seen by Dr. Odile Farrant.</p>`)).toMatchObject({ name: 'Anselm Drummond-Kaye', mrn: '5520917', dob: '1965-04-09', sex: 'M' });
  });

  it('still takes thirteen chips of values for more than one line', async () => {
    const many = [...chips, '<span>MRN 5520918</span>', '<span>Zeno Park</span>', '<span>DOB 01/01/1970</span>', '<span>x</span>', '<span>y</span>', '<span>z</span>'];
    expect(await read(`<div class="bar">${many.join('')}</div>`)).toBeNull();
  });
});
