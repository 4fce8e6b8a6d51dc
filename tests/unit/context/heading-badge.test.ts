import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record's title heading holding the module's badge before the name and its buttons nested after it (heading-badge.ts).
 * Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Contacts</title></head><body><div class="top"><a>Home</a><a>Contacts</a><span>Signed in: Viv Abara</span></div>` +
  `<div class="rec"><div class="hd">${heading}<div><button>Edit</button></div></div>` +
  `<div class="body"><div class="cell"><div class="lbl">Mobile</div><span>555.208.4417</span></div><div class="cell"><div class="lbl">Birthdate</div><span>04/21/1963</span></div>` +
  `<div class="cell"><div class="lbl">Client No.</div><span>KC-40318</span></div></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://crm.example.org/#Contacts/4f1e2a', extractClientContext)).reading;

describe("a record heading's badge and buttons", () => {
  it('are no part of the name', async () => {
    for (const h of [
      '<h1><span class="b"><span>Co</span></span> <span>Ms. Harriet L. Osgood</span> <span><button>Follow</button></span></h1>',
      '<h1><span>Co</span><span>Ms. Harriet L. Osgood</span><span><span role="button">Follow</span></span></h1>',
      '<h1><span>HO</span> Harriet L. Osgood <span class="x"><button>☆</button></span></h1>',
    ]) {
      expect(await read(page(h)), h).toMatchObject({ name: 'Harriet L. Osgood', mrn: 'KC-40318', dob: '1963-04-21' });
    }
  });

  it('leave a name of two short words whole', async () => {
    expect((await read(page('<h1><span>Al</span> <span>Osgood</span></h1>')))?.name).toBe('Al Osgood');
  });
});
