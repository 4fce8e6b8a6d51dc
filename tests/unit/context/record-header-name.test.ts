import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record titled by the name in an element no markup calls a name, its facts in a details panel after it
 * (record-header-name.ts): a CRM person, a cloud EHR's client profile. Markup of our own, synthetic people.
 */
const facts = `<div class="p"><h2>Details</h2><div class="r"><span class="k">Phone</span><span class="v">415 555 0123</span></div><div class="r"><span class="k">Organization</span><span class="v">Bayview Tenants Union</span></div><div class="r"><span class="k">Client ID</span><span class="v">BT-4471</span></div><div class="r"><span class="k">Birthday</span><span class="v">May 4, 1961</span></div></div>`;
const page = (header: string, top = '<div class="t">Crm · People</div>') =>
  `<!DOCTYPE html><html><head><title>CRM</title></head><body>${top}<div class="hd">${header}<span>Owner: Dana Kurtz</span></div>${facts}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://crm.example.org/person/4471', extractClientContext)).reading;

describe("a record's title before its details panel", () => {
  it('names the record whose facts follow it', async () => {
    for (const header of ['<h1>Odalys Ferreira-Nunes</h1>', '<div class="nm">Odalys Ferreira-Nunes</div>', '<span aria-hidden="true">👤</span><div>Odalys Ferreira-Nunes</div>', '<div class="av">OF</div><div><div>Odalys Ferreira-Nunes</div><div>Client · Bayview</div></div>', '<div><div class="obj">Person Account</div><div>Odalys Ferreira-Nunes</div></div>']) {
      expect(await read(page(header)), header).toMatchObject({ name: 'Odalys Ferreira-Nunes', mrn: 'BT-4471', dob: '1961-05-04' });
    }
  });

  it('is never a label\'s value, a link, an organisation or another person\'s section', async () => {
    for (const header of ['<div><span>Contact</span> <a href="/p/1">Odalys Ferreira-Nunes</a></div>', '<div><span>Referred by</span> <span>Odalys Ferreira-Nunes</span></div>', '<div>Bayview Community Services</div>', '<div><h4>Emergency contact</h4><div>Odalys Ferreira-Nunes</div></div>']) {
      expect((await read(page(header)))?.name, header).toBeUndefined();
    }
  });

  it("is never the signed-in user's name", async () => {
    expect((await read(page('', '<div class="user-menu"><div>Dana Kurtz</div></div>')))?.name).toBeUndefined();
  });
});
