import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A header's hidden avatar initials before a name split into spans (first-text-name.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`,
    'https://clinic.example.org/chart/77120', extractClientContext)).reading;

describe('a banner led by aria-hidden avatar initials', () => {
  it('reads the name after the initials', async () => {
    const r = await read(`<section class="x1"><div class="x4" aria-hidden="true">TM</div>
      <div class="x2"><span class="x5">MBATHA</span>, <span class="x6">Thandeka</span></div>
      <div class="x3"><span>F</span><span>|</span><span>54 yrs</span><span>|</span><span>DOB 02/14/1977</span><span>|</span><span>Chart # 77-120</span></div>
      <div class="x3"><span>Cell (555) 555-0101</span></div></section>
      <main><p>Visit notes</p></main>`);
    expect(r?.name).toBe('Thandeka Mbatha');
    expect(r?.mrn).toBe('77-120');
  });

  it('never reads name parts glued together without a space', async () => {
    const r = await read(`<section class="x1"><div class="x4" aria-hidden="true">TM</div><div class="x2"><span class="x5">MBATHA</span>,<span class="x6">Thandeka</span><span class="x7">N</span></div><div class="x3"><span>F</span><span>|</span><span>DOB 02/14/1977</span><span>|</span><span>Chart # 77-120</span></div><div class="x3"><span>Cell (555) 555-0101</span></div></section>`);
    expect(r?.name ?? null).not.toBe('ThandekaN Mbatha');
  });
});
