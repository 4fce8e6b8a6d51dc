import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { datesVisit } from '../../../src/context/generic/st-visit-value';

/** An EHR-embedded video visit under its patient banner, the visit described under a bare "Visit". Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/videovisit/launch', extractClientContext)).reading;
const page = (visit: string) => `<div class="appbar"><span>Riverbend Health · Ambulatory · Video Visits</span><span>NATARAJAN, PRIYA MD · Logout</span></div><div class="tabs"><span>Schedule</span><span>In Basket</span><span class="on">Haugen, Ruth E</span><span>Haugen, Ruth</span></div><div class="ptbanner" role="banner" aria-label="Patient"><div><div class="nm">Haugen, Ruth E</div><div>Female, 71 y.o., 02/19/1955</div></div><dl><dt>MRN:</dt><dd>E5520817</dd><dt>CSN:</dt><dd>330918274</dd></dl><dl><dt>PCP:</dt><dd>Helen Oyelaran, MD</dd><dt>Coverage:</dt><dd>Medicare Part B</dd></dl><dl><dt>Allergies:</dt><dd>Sulfa Antibiotics</dd><dt>Language:</dt><dd>Polish (interpreter needed)</dd></dl></div><div class="wrap"><div class="video" aria-label="Video"><div class="pip"><span class="lbl">You</span></div><span class="lbl">Ruth Haugen</span></div><div class="roster"><h4>Visit</h4><div>Video Visit · Follow-up · 15 min · 12/06/2026 9:40 AM</div><div>Patient location confirmed: Home (Pennsylvania)</div><div>Callback number if disconnected: <b>(570) 555-0162</b></div><h4>Participants</h4><ul><li>Priya Natarajan, MD (host)</li><li>Ruth Haugen (patient)</li><li>Interpreter — Polish, ID 40417</li><li>Lars Haugen (husband, joined from patient's device)</li></ul><button>Admit from lobby</button> <button>Invite guest</button> <button>End visit</button></div></div>`.replace('Video Visit · Follow-up · 15 min · 12/06/2026 9:40 AM', visit);

describe('a visit\'s label whose value opens with a remote or office visit\'s type', () => {
  it('is told by the visit\'s type leading the value', () => {
    expect(datesVisit('Video Visit · Follow-up · 15 min · 12/06/2026 9:40 AM')).toBe(true);
    expect(datesVisit('Office visit 12/06/2026')).toBe(true);
    expect(datesVisit('Telehealth consult, 12/06/2026')).toBe(true);
    expect(datesVisit('Inpatient Admission · Medicine · 12/01/2026 9:40 AM')).toBe(false);
    expect(datesVisit('12/01/2026 - 12/04/2026')).toBe(false);
  });

  it('gives no admission', async () => {
    const r = await read(page('Video Visit · Follow-up · 15 min · 12/06/2026 9:40 AM'));
    expect(r).toMatchObject({ name: 'Ruth E. Haugen', mrn: 'E5520817', dob: '1955-02-19' });
    expect(r?.admitDate).toBeUndefined();
  });
});
