import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A printed report repeats its running header at the top of each page, each page a block of its own: one header shown
 * twice, read as one (repeated-identity.ts firstRepeated); two pages naming different patients stay unread. Markup of
 * our own, synthetic people.
 */
const pageOf = (n: number, row: string) => `<section class="sheet"><pre>WESTBROOK COMMUNITY HOSPITAL         NURSING NOTES         Page ${n} of 2
${row}
</pre><p>Shift note ${n}: resting comfortably, family visited.</p></section>`;
const ada = 'LINDQVIST, HALDOR P      MR#: WB-220914    DOB: 12/30/1938   SEX: M';
const bea = 'OKAFOR-REY, BEATRIX      MR#: WB-230077    DOB: 05/05/1960   SEX: F';
const read = async (rows: [string, string]) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${pageOf(1, rows[0])}${pageOf(2, rows[1])}</body></html>`, 'https://reports.westbrook.example/notes?id=1', extractClientContext)).reading;

describe('a running header repeated on each printed page', () => {
  it('is read as one header', async () => {
    expect(await read([ada, ada])).toMatchObject({ name: 'Haldor P. Lindqvist', mrn: 'WB-220914', dob: '1938-12-30', sex: 'M' });
  });

  it('is not read when the pages name different patients', async () => {
    expect(await read([ada, bea])).toBeNull();
  });
});
