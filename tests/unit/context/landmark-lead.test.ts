import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A class-free patient bar (a CSS-module build hashed or stripped its class names) whose name line is not the bar's bare
 * first text: a used name in quotes over the legal name, a newborn's multiple-birth designation after it
 * (landmark-lead.ts, landmark-name.ts). Markup of our own, synthetic people.
 */
const page = (bar: string, after = '') => `<!DOCTYPE html><html><head><title>Chart</title></head><body>
  <div><span>Northgate Medical</span> <span>User: Pereira, Tomas RN</span></div>
  ${bar}${after}
  <main><h2>Orders</h2><table><tr><th>Order</th><th>Status</th></tr><tr><td>CBC daily</td><td>Active</td></tr></table></main>
</body></html>`;
const url = 'https://ehr.example.org/chart/51120/orders';
const facts = '<div>71 y.o. female</div><div>DOB: 07/22/1955</div><div>MRN: Q5511207</div><div>Bed: 3S 310-A</div><div>Attending: Okafor, Bede, MD</div>';

describe('the name at the head of a class-free patient bar', () => {
  it('reads the legal name under a used name in quotes', async () => {
    const bar = `<aside aria-label="Storyboard"><div><div>"Winnie"</div><div>Marchbanks, Winifred</div></div>${facts}</aside>`;
    const { reading } = await readInHappyDom(page(bar), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Winifred Marchbanks', mrn: 'Q5511207', dob: '1955-07-22' });
  });

  it('reads the name after an avatar of initials drawn as an image', async () => {
    const chart = `<!DOCTYPE html><html><head><title>Chart</title></head><body>
<header>
  <a href="/openmrs/spa/home">OpenMRS</a>
  <div>Medical Ward</div>
  <button aria-label="My Account"><span>admin · Super User</span></button>
</header>
<main id="omrs-main-content">
<div role="banner" aria-label="patient banner">
  <div>
    <div><div role="img" aria-label="Patient avatar">AW</div></div>
    <div>
      <div>
        <div>
          <span>Achieng Atieno Wafula</span>
          <span title="Active visit">Active Visit</span>
          <span>Facility Visit · Started 01-Dec-2026, 09:14 AM</span>
        </div>
      </div>
      <div>
        <span>Female</span><span>&middot;</span>
        <span>41 yrs</span><span>&middot;</span>
        <span>02-Mar-1985</span>
      </div>
      <div>
        <div>
          <span>OpenMRS ID</span><span>1007QX4</span>
        </div>
        <button aria-expanded="true">+ 2 more identifiers</button>
        <ul>
          <li><span>National ID</span><span>30017722</span></li>
          <li><span>Old Identification Number</span><span>KNH-80931</span></li>
        </ul>
      </div>
    </div>
    <div><button>Show details</button><button>Actions</button></div>
  </div>
</div>
<nav><a>Patient Summary</a><a>Vitals &amp; Biometrics</a><a>Medications</a><a>Orders</a><a>Visits</a></nav>
<section>
  <h4>Vitals</h4>
  <p>Last recorded 01-Dec-2026 · by Nurse Grace Wambui</p>
  <table><tr><th>BP</th><th>Pulse</th><th>Temp</th></tr><tr><td>118 / 76 mmHg</td><td>72 bpm</td><td>36.7 °C</td></tr></table>
</section>
<section>
  <h4>Appointments</h4>
  <table><tr><th>Date</th><th>Service</th><th>Provider</th></tr><tr><td>15-Dec-2026</td><td>Diabetes Clinic</td><td>Dr. Samuel Kiprop</td></tr></table>
</section>
<div role="status">
  <div>Visit ended</div>
  <div>Visit for Rukia Hassan Omondi (1003ZP9) was ended</div>
</div>
</main></body></html>`;
    const { reading } = await readInHappyDom(chart, 'https://o3.example.org/openmrs/spa/patient/7f3c2a90/chart/Patient%20Summary', extractClientContext);
    expect(reading).toMatchObject({ name: 'Achieng Atieno Wafula', mrn: '1007QX4', dob: '1985-03-02' });
  });

  it("reads a newborn's name with its birth order after it", async () => {
    const bar = '<div role="banner"><div><div>ABERNETHY, ROSE (TWIN A)</div><div>Female · 9 days</div></div><div><div>MRN: NB5521908</div><div>DOB: 11/28/2026</div></div></div>';
    const sibling = '<div><div>ABERNETHY, IRIS (TWIN B)</div><div>MRN: NB5521916</div><div>DOB: 11/28/2026</div></div>';
    const { reading } = await readInHappyDom(page(bar, sibling), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rose Abernethy', mrn: 'NB5521908', dob: '2026-11-28' });
  });

  it('takes no relation in brackets for a birth order', async () => {
    const bar = '<div role="banner"><div><div>ABERNETHY, CLAIRE (MOTHER)</div><div>Female</div></div><div><div>MRN: NB5521908</div><div>DOB: 11/28/2026</div></div></div>';
    const { reading } = await readInHappyDom(page(bar), url, extractClientContext);
    expect(reading?.name ?? null).toBeNull();
  });
});
