import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A follow-up task's stay block names the hospital by the bare word, beside Admit and Discharge (labels.ts). Markup of our own. */
const page = (stay: string) => `<!DOCTYPE html><html><head><title>Task</title></head><body>
<nav><a href="/h">Hospital</a> <a href="/t">Tasks</a> <span>Okwuosa, Nneka</span></nav>
<h1>7-day follow-up visit</h1>
<div class="client"><h2>Client</h2><p>Name: Bartholomew Quist</p><p>DOB: 10/02/1949</p><p>Client #: QC-77102</p></div>
${stay}
</body></html>`;
const read = async (stay: string) => (await readInHappyDom(page(stay), 'https://console.example.org/tasks/9', extractClientContext)).reading;

describe('a bare "Hospital" label', () => {
  it("names the stay's place in a definition list", async () => {
    expect(await read('<dl><dt>Hospital</dt><dd>Gracewood Memorial Hospital</dd><dt>Admit</dt><dd>2026-11-20</dd><dt>Discharge</dt><dd>2026-11-26</dd></dl>')).toMatchObject({
      name: 'Bartholomew Quist',
      mrn: 'QC-77102',
      location: 'Gracewood Memorial Hospital',
      admitDate: '2026-11-20',
    });
  });

  it('is no label as a menu word', async () => {
    expect((await read(''))?.location).toBeUndefined();
  });
});
