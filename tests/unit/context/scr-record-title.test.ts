import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record app marks the record's title for its test automation, not with a heading; the facts sit in a
 * properties card below it and the window's title repeats the name (scr-record-title.ts). Markup of our own.
 */
const page = (windowTitle: string, titles: string) =>
  `<!DOCTYPE html><html><head><title>${windowTitle}</title></head><body><nav><a>Records</a><a>Reports</a><span class="me">Odalys Brandt</span></nav>
<aside class="side">${titles}<div class="sub">Retired</div><ul class="actions"><li><button>Note</button></li><li><button>Call</button></li></ul>
<div class="card"><h3>About this person</h3><div class="prop"><span class="lbl">Date of birth</span><span class="val">05/21/1947</span></div>
<div class="prop"><span class="lbl">Phone number</span><span class="val">(207) 555-0143</span></div><div class="prop"><span class="lbl">Owner</span><span class="val">Odalys Brandt</span></div></div></aside>
<main><div class="feed"><p>Odalys Brandt logged a call with Lydia Abernathy</p></div></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://records.example.org/r/0-1/5512', extractClientContext)).reading;
const title = (hook: string, name: string) => `<div ${hook}><span>${name}</span></div>`;

describe('the record title an app marks for its automation', () => {
  it('reads it when the window title repeats it', async () => {
    for (const hook of ['data-selenium-test="highlightTitle"', 'data-testid="record-title"', 'data-id="header_title"']) {
      const r = await read(page('Cornelius Abernathy | Records', title(hook, 'Cornelius Abernathy')));
      expect(r, hook).toMatchObject({ name: 'Cornelius Abernathy', dob: '1947-05-21', phone: '(207) 555-0143' });
    }
  });

  it('reads no name the window title does not repeat, nor from two titles or a phrase', async () => {
    expect((await read(page('Records', title('data-testid="record-title"', 'Cornelius Abernathy'))))?.name).toBeUndefined();
    const two = title('data-testid="record-title"', 'Cornelius Abernathy') + title('data-testid="record-title"', 'Lydia Abernathy');
    expect((await read(page('Cornelius Abernathy | Records', two)))?.name).toBeUndefined();
    expect((await read(page('Transition call after discharge | Records', title('data-testid="record-title"', 'Transition call after discharge'))))?.name).toBeUndefined();
  });
});

describe("a company's record title", () => {
  it('is never read as a client beside an account number alone', async () => {
    const html = page('Harbor Mills | Records', title('data-selenium-test="highlightTitle"', 'Harbor Mills'))
      .replace('<span class="lbl">Date of birth</span><span class="val">05/21/1947</span>', '<span class="lbl">Account Number</span><span class="val">ACC-20931</span>');
    expect((await read(html))?.name).toBeUndefined();
  });
});
