import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A user's initials in the app's header spell a label ("RM" a room, "MR" a record number): the user's name
 * after them is no value of the client's (cm-avatar.ts). Markup of our own, synthetic people.
 */
const page = (initials: string, user: string) =>
  `<!DOCTYPE html><html><head><title>Resident</title></head><body><header class="appbar"><span class="appbar-title">Resident Care</span><div class="appbar-right"><span class="avatar-circle">${initials}</span><span class="appbar-username">${user}</span></div></header>
<main><div class="resident-banner"><h2 class="resident-name">Philomena Drăgulescu</h2><div class="chips"><span>DOB: 04/30/1935</span> <span>Sex: Female</span> <span>Resident ID: 88120</span></div></div></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ltc.example.org/resident/88120', extractClientContext)).reading;

describe("a user's avatar initials", () => {
  it('label none of the client’s values', async () => {
    for (const [initials, user] of [['RM', 'Ruiz, Mateo'], ['MR', 'Mira Rasmussen'], ['RMB', 'Room, Bella']]) {
      const r = await read(page(initials as string, user as string));
      expect(r?.name, initials).toBe('Philomena Drăgulescu');
      expect(r?.location, initials).toBeUndefined();
      expect(r?.mrn, initials).toBe('88120');
    }
  });
});
