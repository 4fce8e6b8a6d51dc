import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A page about the signed-in user (cm-signed-in.ts): the care manager's own profile prints a name, a birth
 * date and a phone as a member's record does. Markup of our own, synthetic people.
 */
const shell = (badge: string, main: string) =>
  `<!DOCTYPE html><html><head><title>Care Hub</title></head><body><div class="topnav"><span class="brand">Care Hub</span>${badge}</div><div class="content">${main}</div></body></html>`;
const details = (rows: [string, string][]) => `<div class="details">${rows.map(([l, v]) => `<div class="row"><span class="lbl">${l}</span> <span class="val">${v}</span></div>`).join('')}</div>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://care.example.org/settings', extractClientContext)).reading;

describe("the signed-in user's own page", () => {
  it('shows no client, whichever way the header names its user', async () => {
    const badges = [
      '<div class="current-user"><span class="current-user__name">Okwuosa, Ifeoma</span></div>',
      '<button class="account-menu" aria-label="Account menu for Ifeoma Okwuosa"><span>IO</span></button>',
      '<span id="loggedInAs">Ifeoma Okwuosa</span>',
    ];
    for (const badge of badges) {
      const html = shell(badge, `<h1>Ifeoma Okwuosa</h1>${details([['Name', 'Ifeoma Okwuosa'], ['Date of Birth', '02/19/1987'], ['Phone', '(602) 555-0143'], ['Team', 'Complex Care West']])}`);
      expect(await read(html), badge).toBeNull();
    }
  });

  it("still reads a member's page under that header, and a record that shows a record number", async () => {
    const badge = '<div class="current-user"><span class="current-user__name">Okwuosa, Ifeoma</span></div>';
    const member = await read(shell(badge, `<div class="member-header"><h1>Thaddeus Mbeki-Lowe</h1>${details([['Date of Birth', '07/04/1944'], ['Phone', '(602) 555-0188']])}</div>${details([['Care Manager', 'Okwuosa, Ifeoma']])}`));
    expect(member?.name).toBe('Thaddeus Mbeki-Lowe');
    expect(member?.dob).toBe('1944-07-04');
    const own = await read(shell(badge, `<div class="member-header"><h1>Ifeoma Okwuosa</h1>${details([['Member ID', 'QX-2201456'], ['Date of Birth', '02/19/1987']])}</div>`));
    expect(own?.name).toBe('Ifeoma Okwuosa');
  });
});
