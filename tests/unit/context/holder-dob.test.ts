import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** An intake form of label-above inputs with an insurance block naming the subscriber. Our own markup. */
const form = (insurance: string) =>
  `<!DOCTYPE html><html><head><title>Intake</title></head><body><div>Coordinator: Ben Achebe</div><form>` +
  `<fieldset><legend>Patient</legend><div><label for="a">First name</label><input id="a" value="Oona"></div>` +
  `<div><label for="b">Last name</label><input id="b" value="Halvorsen"></div>` +
  `<div><label for="c">Date of birth</label><input id="c" type="date" value="1971-06-30"></div>` +
  `<div><label for="d">Phone</label><input id="d" type="tel" value="(612) 555-0149"></div></fieldset>` +
  `<fieldset><legend>Insurance</legend>${insurance}</fieldset></form></body></html>`;
const read = (html: string) => extractClientContext(new DOMParser().parseFromString(html, 'text/html'), 'https://intake.example.org/cases/77', { adapters: [], today: '2026-12-05' });

describe("the subscriber's birth date in an insurance block", () => {
  it("yields to the client's own under a plain label", async () => {
    const reading = await read(
      form(`<div><label for="s">Subscriber</label><input id="s" value="Torvald Halvorsen"></div><div><label for="t">Subscriber DOB</label><input id="t" type="date" value="1968-02-11"></div>`),
    );
    expect(reading).toMatchObject({ name: 'Oona Halvorsen', dob: '1971-06-30' });
  });

  it('is still the only birth date a page shows when no plain one is there', async () => {
    const html = `<!DOCTYPE html><html><head><title>Eligibility</title></head><body><table><tr><th>Subscriber Name</th><td>Oona Halvorsen</td></tr>` +
      `<tr><th>Member ID</th><td>XJ4471902</td></tr><tr><th>Subscriber DOB</th><td>06/30/1971</td></tr></table></body></html>`;
    expect(await read(html)).toMatchObject({ dob: '1971-06-30' });
  });
});
