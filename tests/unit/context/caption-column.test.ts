import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A side panel of caption-and-value rows with no colons, where the bare "Patient" caption leads its row as "MRN" and
 * "DOB" lead theirs (caption-column.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Scanned document</title></head><body>
  <div class="toolbar"><b>Viewer</b> <span>Received 11/30/2026 · 2 pages</span></div>
  <div class="layout">
    <div class="page"><p>Letter of medical necessity for a power wheelchair, enclosed.</p></div>
    <aside class="meta" aria-label="Indexed to">
      <h2>Indexed to</h2>
      <div class="r"><span>Patient</span><span>Quist, Henrietta May</span></div>
      <div class="r"><span>MRN</span><span>QX-550918</span></div>
      <div class="r"><span>DOB</span><span>02/11/1957</span></div>
      <div class="r"><span>Document type</span><span>Letter – outside</span></div>
      <div class="r"><span>Document date</span><span>11/28/2026</span></div>
      <div class="r"><span>Indexed by</span><span>Walt Brennigan</span></div>
    </aside>
  </div></body></html>`;

describe('a caption leading its row in a panel of caption-and-value rows', () => {
  it('labels the row value as the known captions beside it do', async () => {
    const { reading } = await readInHappyDom(page, 'https://docs.example.org/viewer/DOC-1182', extractClientContext);
    expect(reading?.name).toBe('Henrietta May Quist');
    expect(reading?.mrn).toBe('QX-550918');
    expect(reading?.dob).toBe('1957-02-11');
  });
});
