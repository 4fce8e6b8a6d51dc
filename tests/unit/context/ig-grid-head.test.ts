import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * FHIR generated narratives (IG Publisher, server browsers) draw a repeating element as a grid whose head row starts
 * with a "-" cell before the bold captions, each value row with "*": its captions label columns, never the caption
 * beside them (bold-head-row.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://fhir.example.org/Encounter/e-19', extractClientContext)).reading;

const narrative = `<div xmlns="http://www.w3.org/1999/xhtml">
<p><b>subject</b>: <a href="Patient-p9.html">Patient/p9</a> "Ottavia Brennan-Sato"</p>
<p><b>period</b>: 2026-10-02 08:15:00-0500 --&gt; (ongoing)</p>
<table class="grid"><tr><td>-</td><td><b>Location</b></td><td><b>Status</b></td><td><b>Period</b></td></tr>
<tr><td>*</td><td><a href="Location-l1.html">Location/l1</a> "Admitting"</td><td>completed</td><td>2026-10-02</td></tr>
<tr><td>*</td><td><a href="Location-l2.html">Location/l2</a> "Ward 6, Bed 12"</td><td>active</td><td>2026-10-02 --&gt; (ongoing)</td></tr></table></div>`;

describe('a FHIR narrative grid head row led by a "-" cell', () => {
  it('reads no column caption as the place', async () => {
    const r = await read(narrative);
    expect(r?.name).toBe('Ottavia Brennan-Sato');
    expect(r?.location).not.toBe('Status');
  });
});
