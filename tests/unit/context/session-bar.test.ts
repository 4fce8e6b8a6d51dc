import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An app's top bar names its module in bold and says who is signed in; the record sits a few plain divs
 * deeper, its client labelled "Patient:" beside the identity and the stay. The module's two capitalised
 * words are never the client (session-bar.ts). Markup of our own, synthetic people.
 */
const page = (bar: string) =>
  `<!DOCTYPE html><html><head><title>Preservation notice PN-0412</title></head><body><div><div><div><div><div>
   <div class="topline"><b>Records Management</b> — Preservation Notices · ${bar} Pieter Wouters (Archivist)</div>
   <div class="notice"><h1>Preservation notice PN-0412 <span class="tag">ACTIVE</span></h1>
   <div class="part"><h3>Matter</h3><p>Requested by: Sunniva Lykke, counsel · 555-0199</p></div>
   <div class="part"><h3>Record under notice</h3><div class="pairs">
     <div><span class="k">Patient:</span> <span class="v">Haldane, Corisande</span></div>
     <div><span class="k">MRN:</span> <span class="v">RV-7730185</span></div>
     <div><span class="k">DOB:</span> <span class="v">09/30/1977</span> <span class="k">Sex:</span> <span class="v">F</span></div>
     <div><span class="k">Admitted:</span> <span class="v">02/11/2026</span> <span class="k">Discharged:</span> <span class="v">02/15/2026</span></div>
   </div></div></div>
   </div></div></div></div></div></body></html>`;

describe('the bar saying who is signed in', () => {
  it("never gives the client's name (its module's bold name)", async () => {
    const { reading } = await readInHappyDom(page('Signed in as'), 'https://vault.example.org/notices/PN-0412', extractClientContext);
    expect(reading).toMatchObject({ name: 'Corisande Haldane', mrn: 'RV-7730185', dob: '1977-09-30' });
  });

  it("never gives the client's name (logged in, lower case)", async () => {
    const { reading } = await readInHappyDom(page('logged in as'), 'https://vault.example.org/notices/PN-0412', extractClientContext);
    expect(reading).toMatchObject({ name: 'Corisande Haldane', mrn: 'RV-7730185' });
  });

  it("never gives the client's name (an admin's greeting beside its log-out link)", async () => {
    const admin = `<!DOCTYPE html><html><body><div id="container">
      <div id="header"><div id="branding"><h1><a href="/admin/">Alder Lodge admin</a></h1></div>
        <div id="user-tools">Welcome, <strong>Ottoline Braithwaite</strong>. <a href="/admin/logout/">Log out</a></div></div>
      <div class="breadcrumbs"><a href="/admin/">Home</a> › Residents › Resident #52</div>
      <div id="content"><h1>View resident</h1><h2>Resident #52</h2><div id="content-main"><form><fieldset class="module">
        <div class="form-row field-full_name"><div><label>Full name:</label><div class="readonly">Cyprian Wetherall</div></div></div>
        <div class="form-row field-resident_no"><div><label>Resident no:</label><div class="readonly">AL-000052</div></div></div>
        <div class="form-row field-birth_date field-sex"><div class="fieldBox field-birth_date"><label>Birth date:</label><div class="readonly">April 9, 1940</div></div>
          <div class="fieldBox"><label>Sex:</label><div class="readonly">Male</div></div></div>
        <div class="form-row field-admitted"><div><label>Admitted:</label><div class="readonly">Feb. 2, 2025</div></div></div>
        <div class="form-row field-room"><div><label>Room:</label><div class="readonly">Birch 4</div></div></div>
      </fieldset></form></div></div></div></body></html>`;
    const { reading } = await readInHappyDom(admin, 'https://alder-lodge.example.org/admin/residents/52/change/', extractClientContext);
    expect(reading).toMatchObject({ name: 'Cyprian Wetherall', mrn: 'AL-000052', dob: '1940-04-09' });
  });
});
