import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A request's two cards side by side: the person asking (a name, then "Son · …" on the line below, their DOB and
 * phone) and the record's patient. No label or heading calls the first card a relative's; the relationship under
 * its name does, so its phone is never the client's (relative-card.ts). Markup of our own, synthetic people.
 */
const page = (relation: string) =>
  `<!DOCTYPE html><html><head><title>Copy request CR-5512</title></head><body>
   <div class="shell"><div class="bar"><span>Copies</span><span aria-label="Account">Ines Marchetti · Clerk</span></div>
   <h1>Copy request CR-5512</h1>
   <div class="grid">
     <div class="card" aria-label="Asked by"><div class="title">Asked by</div>
       <div>Florian Maas-Ebner</div><div>${relation}</div><div>DOB 05/05/1969 (checked)</div><div>☎ 555-0148</div></div>
     <div class="card" aria-label="Patient"><div class="title">Patient</div>
       <div>Gerlinde Maas</div><div>MRN GK-220914 · DOB 02/02/1941 · F</div></div>
   </div></div></body></html>`;

describe('a card whose name is followed by a relationship', () => {
  it("keeps that relative's phone from the client", async () => {
    const { reading } = await readInHappyDom(page('Son · holds power of attorney'), 'https://copies.example.org/requests/CR-5512', extractClientContext);
    expect(reading).toMatchObject({ name: 'Gerlinde Maas', mrn: 'GK-220914' });
    expect(reading?.phone).toBeUndefined();
  });

  it('a relationship line with a dash, too', async () => {
    const { reading } = await readInHappyDom(page('Grandson - requester'), 'https://copies.example.org/requests/CR-5512', extractClientContext);
    expect(reading).toMatchObject({ name: 'Gerlinde Maas', mrn: 'GK-220914' });
    expect(reading?.phone).toBeUndefined();
  });
});
