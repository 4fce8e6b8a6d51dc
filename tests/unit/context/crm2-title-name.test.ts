import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record app with hashed classes and no heading: the window's title gives the record's name and object
 * type, the page shows the name alone in a card above the fields (crm2-title-name.ts). Markup of our own.
 */
const card = (name: string) => `<div class="x9f2a"><div class="k1b7q">${name[0]}</div><div class="p0c3z"><div class="t8m1w">${name}</div><div class="u2h6e">Added 3 weeks ago</div></div></div>`;
const fields = `<div class="f4r9y"><div class="r1"><div class="l7">Client ID</div><div class="v3">ZT-880412</div></div><div class="r1"><div class="l7">Date of birth</div><div class="v3">Nov 2, 1979</div></div><div class="r1"><div class="l7">Assigned to</div><div class="v3">Bartholomew Quayle</div></div></div>`;
const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><div>Signed in as Bartholomew Quayle</div><div>All Clients</div></nav><main>${body}</main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://app.example.org/object/client/77d1', extractClientContext)).reading;

describe('a name the window title and a card both show', () => {
  it('reads it when the title says whose record it is', async () => {
    expect(await read(page('Odalys Ferreira - Client', card('Odalys Ferreira') + fields))).toMatchObject({ name: 'Odalys Ferreira', mrn: 'ZT-880412', dob: '1979-11-02' });
    expect(await read(page('Client | Odalys Ferreira', card('Odalys Ferreira') + fields))).toMatchObject({ name: 'Odalys Ferreira' });
  });

  it('reads no name the title does not call a client, member or patient, nor one the page does not show', async () => {
    for (const html of [page('Odalys Ferreira - Workspace Member Settings', card('Odalys Ferreira') + fields), page('Odalys Ferreira - User', card('Odalys Ferreira') + fields), page('Clients', card('Odalys Ferreira') + fields), page('Odalys Ferreira - Client', card('Rosamund Achebe') + fields), page('Odalys Ferreira - Client', fields + `<p>Odalys Ferreira</p>`.replace('<p>', '<p hidden>'))]) {
      expect((await read(html))?.name).toBeUndefined();
    }
  });
});
