import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A HAPI-style generated narrative ("Given <b>FAMILY </b>" above a property table) shown outside a
 * HAPI server: an app, a viewer, a test page. Markup of our own in that shape.
 */
const narrative = (header: string) =>
  `<div xmlns="http://www.w3.org/1999/xhtml"><div class="hapiHeaderText">${header}</div><table class="hapiPropertyTable"><tbody>` +
  '<tr><td>Identifier</td><td>KR-208817</td></tr><tr><td>Address</td><td><span>41 Quarry Lane </span><br/><span>Dunmore </span><span>PA </span></td></tr>' +
  '<tr><td>Date of birth</td><td><span>09 March 1948</span></td></tr></tbody></table></div>';
const read = (body: string) =>
  extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Resource viewer</title></head><body>${body}</body></html>`, 'text/html'), 'https://viewer.example.org/show?id=77', { adapters: [] });

describe("a narrative header's bold family name", () => {
  it('names the client with the given names beside it', async () => {
    expect(await read(narrative('Evangeline Ruth <b>MACKINTOSH-ORR </b>'))).toMatchObject({ name: 'Evangeline Ruth Mackintosh-Orr', mrn: 'KR-208817', dob: '1948-03-09' });
  });

  it('takes nothing from a line that holds more than the name', async () => {
    expect(await read(narrative('Evangeline Ruth <b>MACKINTOSH-ORR </b> <i>(deceased)</i>'))).toBeNull();
    expect(await read(narrative('Next of kin: Dorothea <b>ORR </b>'))).toBeNull();
  });
});

describe('a bold family name that is not a narrative header', () => {
  it('names nobody from emphasis in mixed case, nor from a table cell', async () => {
    expect(await read(narrative('Evangeline Ruth <b>Mackintosh-Orr</b>'))).toBeNull();
    expect(await read(narrative('x').replace('<div class="hapiHeaderText">x</div>', '<table><tr><td>Evangeline Ruth <b>MACKINTOSH-ORR</b></td></tr></table>'))).toBeNull();
  });
});
