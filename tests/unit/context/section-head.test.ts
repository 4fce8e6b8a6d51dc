import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Another person's fields under a disclosure's title: a <details> whose <summary> says "Emergency contact", or a web
 * component's element slotted in as its summary (section-head.ts). Their name, phone and birth date are not the
 * client's. Markup of our own, synthetic people.
 */
const page = (open: string, title: string, close: string) => `<!DOCTYPE html><html><head><title>Intake</title></head><body>
  <div><span>Pathways Intake</span> <span>Signed in: Odile Brancusi</span></div>
  <main>
    <h2>Client intake</h2>
    <section>
      <div><label for="a">First name</label><input id="a" readonly value="Evander"></div>
      <div><label for="b">Last name</label><input id="b" readonly value="Castellanos-Whitby"></div>
      <div><label for="c">Date of birth</label><input id="c" readonly value="02/19/1987"></div>
      <div><label for="d">Client #</label><input id="d" readonly value="PW-208815"></div>
      <div><label for="e">Phone</label><input id="e" readonly value="(303) 555-0141"></div>
    </section>
    ${open}${title}
      <div>
        <div><label for="f">Contact name</label><input id="f" readonly value="Lucinda Castellanos"></div>
        <div><label for="g">Contact phone</label><input id="g" readonly value="(303) 555-0199"></div>
        <div><label for="h">Contact date of birth</label><input id="h" readonly value="05/02/1961"></div>
      </div>
    ${close}
  </main>
</body></html>`;
const url = 'https://pathways.example.org/intake/208815';
const client = { name: 'Evander Castellanos-Whitby', mrn: 'PW-208815', dob: '1987-02-19', phone: '(303) 555-0141' };

describe('a section titled for another person by its disclosure summary', () => {
  it('keeps the emergency contact under <summary> apart from the client', async () => {
    const { reading } = await readInHappyDom(page('<details open>', '<summary>Emergency contact</summary>', '</details>'), url, extractClientContext);
    expect(reading).toMatchObject(client);
  });

  it('keeps them apart under a web component slotting its summary', async () => {
    const { reading } = await readInHappyDom(page('<x-details opened>', '<div slot="summary">Emergency contact</div>', '</x-details>'), url, extractClientContext);
    expect(reading).toMatchObject(client);
  });
});
