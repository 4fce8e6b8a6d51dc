import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A school-based clinic's chart lists the student's siblings enrolled at the same clinic beside the banner, each with a
 * record number of their own, under "Also enrolled" (seen-beside.ts): those are other people beside the client, not a
 * second client that makes the page unreadable. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Encounter</title></head><body>
   <div class="ban"><div class="n">Priya Ramaswamy-Cole</div><div>15 y · F · 09/14/2011 · MRN 8830127</div></div>
   <main><p>Sports physical. Vision 20/20.</p></main>
   <aside><h4>${heading}</h4><p>Arjun Ramaswamy-Cole · 12 y · MRN 8830455</p></aside></body></html>`;

describe("siblings listed under 'Also enrolled'", () => {
  it('are others beside the client, and the banner is read', async () => {
    const { reading } = await readInHappyDom(page('Also enrolled'), 'https://ehr.example.org/sbhc/encounters/91', extractClientContext);
    expect(reading).toMatchObject({ name: 'Priya Ramaswamy-Cole', mrn: '8830127', dob: '2011-09-14' });
  });

  it('but a heading that says nothing of them leaves two people and no client', async () => {
    const { reading } = await readInHappyDom(page('Quick links'), 'https://ehr.example.org/sbhc/encounters/91', extractClientContext);
    expect(reading).toBeNull();
  });
});
