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

describe('a record title another rule has judged', () => {
  const withTitle = (title: string, header = '<h1>Odalys Ferreira-Nunes</h1>') => page(header).replace('<title>CRM</title>', `<title>${title}</title>`);
  it.each([
    ['initials not the name\'s', page('<div class="av">TK</div><div><div>Odalys Ferreira-Nunes</div><div>Client · Bayview</div></div>')],
    ['a badge of initials and a name alone', page('<div><div class="av">OF</div><div>Odalys Ferreira-Nunes</div></div>')],
    ['two bare names in one block', page('<div><div>Odalys Ferreira-Nunes</div><div>Rosamund Achebe</div></div>')],
    ['a block named for another person', page('<div aria-label="Guardian"><div>Odalys Ferreira-Nunes</div><div>Client · Bayview</div></div>')],
    ['a banner landmark', page('<header><h1>Odalys Ferreira-Nunes</h1></header>')],
    ['a tooltip', page('<div title="Name">Odalys Ferreira-Nunes</div>')],
    ['a name split over emphasis', page('<h1>Odalys <b>Ferreira-Nunes</b></h1>')],
    ['a window title naming someone else', withTitle('Rosamund Achebe - Contact')],
    ["a window title naming a user's page", withTitle('Odalys Ferreira-Nunes - User')],
    ['a window title naming a list', withTitle('Clients')],
    ['facts with no identifier', page('<h1>Odalys Ferreira-Nunes</h1>').replace('Client ID', 'Referral')],
    ["a search's results", page('<h1>Odalys Ferreira-Nunes</h1>', '<h2>Search results</h2>')],
  ])('reads no name from %s', async (_, html) => {
    expect((await read(html))?.name).toBeUndefined();
  });

  it('still reads the title the window title repeats or calls a record', async () => {
    for (const title of ['Odalys Ferreira-Nunes - Pipedrive', 'Odalys Ferreira-Nunes | Person Account | Salesforce']) {
      expect((await read(withTitle(title)))?.name, title).toBe('Odalys Ferreira-Nunes');
    }
  });
});
