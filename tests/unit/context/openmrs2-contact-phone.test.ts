import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The OpenMRS 2.x patient header's contact info, shown on request, captions each value after it with an <em> as the
 * name parts are ("<span>…</span><em>Telephone Number</em>"), the address first (adapters/openmrs2.ts). Markup of
 * our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>OpenMRS</title></head><body>
<header><ul class="user-options"><li class="identifier">nurse.amani</li><li class="change-location">Outpatient</li></ul></header>
<div class="patient-header">
  <div class="demographics">
    <h1 class="name">
      <span><span class="PersonName-givenName">Baraka</span><em>Given</em></span>
      <span><span class="PersonName-familyName">Mwakilema</span><em>Family Name</em></span>
      <span class="gender-age"><span>Male&nbsp;</span><span>38 year(s) (09.Jun.1988)</span></span>
    </h1>
    <div id="contactInfoContent">
      <div class="contact-info-inline"><span>Plot 12, Mwanza</span><em>Address</em></div>
      <div class="contact-info-inline"><span>0754 555 118</span><em>Telephone Number</em></div>
    </div>
  </div>
  <div class="identifiers"><em>Patient ID</em><span>10KT7P</span></div>
</div>
<div class="info-section"><h3>RELATIONSHIPS</h3><ul><li><a href="#">Neema Mwakilema</a> Sibling</li></ul></div>
</body></html>`;

describe('the OpenMRS 2 header contact info', () => {
  it('gives the telephone its <em> captions after it', async () => {
    const { reading } = await readInHappyDom(page, 'https://emr.example.org/openmrs/coreapps/clinicianfacing/patient.page?patientId=88', extractClientContext);
    expect(reading?.source).toBe('openmrs2');
    expect(reading?.mrn).toBe('10KT7P');
    expect(reading?.phone).toBe('0754 555 118');
  });
});
