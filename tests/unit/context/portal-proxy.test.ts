import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { looksLikeShownName } from '../../../src/context/generic/name-shape';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Patient portals seen through proxy access: the signed-in parent or child is never the client; the record looked at
 * is captioned by the view (portal-labels.ts), and its section may be titled by the given name alone under the page's
 * whole-name heading (given-heading.ts), never read as a name itself (name-shape.ts). Markup of our own, synthetic people.
 */
const read = async (html: string, title = 'Portal') =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${html}</body></html>`, 'https://portal.example.org/app/summary', extractClientContext)).reading;

describe('a portal record seen through proxy access', () => {
  it('is captioned by the view', () => {
    expect(matchLabel('Proxy view:')?.field).toBe('name');
    expect(matchLabel('Viewing the record of')?.field).toBe('name');
    expect(matchLabel('Acting for:')?.field).toBe('name');
    expect(matchLabel('Viewing:')?.field).toBe('name');
    expect(matchLabel('Viewing')?.bare).toBe(true);
  });

  it('reads the dependant named in the proxy strip, never the signed-in proxy', async () => {
    const r = await read(
      `<header>Welcome, Marguerite · <a href="#">Sign out</a></header>
       <div>Proxy view: <strong>Ignatius P. Ferreira-Lund</strong> · DOB 03/17/1941 · <a href="#">Switch patient</a></div>
       <main><h1>Lipid Panel</h1><p>Ordered by Wendell Ashby, NP</p><p>You are signed in as Marguerite Lund (daughter).</p></main>`,
    );
    expect(r?.name).toBe('Ignatius P. Ferreira-Lund');
    expect(r?.dob).toBe('1941-03-17');
  });

  it('takes a section titled "About <given name>" for no name, and reads the page heading it points to', async () => {
    expect(looksLikeShownName('About Tobias')).toBe(false);
    const r = await read(
      `<div class="top"><b>FamilyHealth</b><nav>Visits · Messages · Billing</nav>
       <div role="group" aria-label="Switch whose record you are viewing"><button aria-pressed="false"><span class="avatar">RQ</span> Renata</button><button aria-pressed="true"><span class="avatar">TQ</span> Tobias</button><button aria-pressed="false"><span class="avatar">LQ</span> Lotte</button></div><span>Log out</span></div>
       <div style="display:none">Signed in as Renata Quist-Moreau · Account settings</div>
       <div class="banner"><h1>Tobias Quist-Moreau</h1><p>You are viewing Tobias's record as his parent.</p></div>
       <div class="grid"><div class="tile"><h2>About Tobias</h2><div>Date of birth: 9/2/2019 (7 years)</div><div>Legal sex: Male</div><div>MRN: 71402259</div><div>Primary care provider: Harriet Bexley, MD</div></div>
       <div class="tile"><h2>Upcoming</h2><div>Well child visit · Tue Jan 12, 2027 · Dr. Bexley</div></div>
       <div class="tile"><h2>Care team</h2><div>Harriet Bexley, MD · Pediatrics · (608) 555-0110</div></div></div>`,
      // A product's name in the window title, which reads as a name too.
      'Health Summary - Kinfolk Connect',
    );
    expect(r?.name).toBe('Tobias Quist-Moreau');
    expect(r?.mrn).toBe('71402259');
  });

  it('names nobody when two page headings open with that given name', async () => {
    const r = await read(
      `<h1>Tobias Quist-Moreau</h1><h2>Tobias Quist-Brandt</h2>
       <div class="tile"><h2>About Tobias</h2><div>Date of birth: 9/2/2019</div><div>MRN: 71402259</div></div>`,
    );
    expect(r?.name ?? null).not.toBe('Tobias Quist-Brandt');
    expect(r?.name ?? null).not.toBe('Tobias Quist-Moreau');
  });
});
