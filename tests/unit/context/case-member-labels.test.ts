import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A child welfare case names its chosen member in a "Selected Person:" bar, the case itself after the primary
 * caretaker; a study's subject id yields to a labelled MRN; "Subject Phone" is the participant's (case-member-labels.ts,
 * and labelled.ts reading an aria-labelled bar whose text runs on past the name as a banner line). Markup of our own,
 * synthetic people.
 */
const caseBar = (aria: string) => `<!DOCTYPE html><html><head><title>Case</title></head><body>
  <div class="ctx"><b>Case Name:</b> PELLETIER, GRACE &nbsp; <b>Case ID:</b> 7004411</div>
  <div class="person"${aria}>Selected Person: <strong>PELLETIER, NOAH R</strong> &bull; M &bull; DOB 05/19/2016 &bull; PID 6630182</div>
  <p>Worker: Imogen Tarrant (503) 555-0104</p>
  </body></html>`;

describe('case member labels', () => {
  it('reads the selected person, not the case name', async () => {
    const { reading } = await readInHappyDom(caseBar(''), 'https://cw.example.gov/case/7004411', extractClientContext);
    expect(reading?.name).toBe('Noah R. Pelletier');
    expect(reading?.mrn).toBe('6630182');
    expect(reading?.dob).toBe('2016-05-19');
  });

  it('reads an aria-labelled selected-person bar on as its banner line', async () => {
    const { reading } = await readInHappyDom(caseBar(' aria-label="Selected person"'), 'https://cw.example.gov/case/7004411', extractClientContext);
    expect(reading?.name).toBe('Noah R. Pelletier');
    expect(reading?.mrn).toBe('6630182');
  });

  it("prefers the MRN to the study subject id and reads the subject's phone", async () => {
    const html = `<!DOCTYPE html><html><head><title>Subject</title></head><body>
      <h1>Subject details</h1>
      <table class="kv">
        <tr><th>Name</th><td>Ottoline Varga</td></tr>
        <tr><th>Study Subject ID</th><td>0561-012</td></tr>
        <tr><th>MRN</th><td>H2290417</td></tr>
        <tr><th>Birth Date</th><td>1968-02-09</td></tr>
        <tr><th>Subject Phone</th><td>(608) 555-0171</td></tr>
      </table></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://ctms.example.edu/subject/12', extractClientContext);
    expect(reading?.mrn).toBe('H2290417');
    expect(reading?.phone).toBe('(608) 555-0171');
  });
});
