import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A header line of other identifiers whose first label the reader does not know ("Previous File Number:")
 * before one it knows ("District ID:"): the words before the unknown label's colon are no name (line.ts readProse).
 * Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Patient dashboard</title></head><body>
<div class="topbar"><span>Signed in as Moses Tembo</span></div>
<div id="header">
  <div id="headerName">Chipo Mwale Banda</div>
  <div id="headerPreferredId"><span>Clinic Registration Number:</span> 7781-3</div>
  <table><tr>
    <td id="headerSex"><img src="/img/female.gif" alt="Female"></td>
    <td id="headerAge">52 yrs <span>(17/09/1974)</span></td>
    <td id="headerOtherIds">Previous File Number: LSK-09-55120 &nbsp; District ID: CHL-7781</td>
  </tr></table>
</div>
<div class="tabs"><a href="#">Overview</a> <a href="#">Visits</a></div>
</body></html>`;

describe('a header line led by an unknown label', () => {
  it('lends none of its words to a name', async () => {
    const { reading } = await readInHappyDom(page, 'https://emr.example.org/dashboard.form?patientId=41', extractClientContext);
    // Null is safe; a reading is this client's.
    if (reading) expect(reading.name).toBe('Chipo Mwale Banda');
  });
});
