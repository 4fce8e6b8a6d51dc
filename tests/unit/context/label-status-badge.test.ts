import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record's status as a badge of its own after a labelled name ("Member: Doe, Jane <span>Active</span>"):
 * never part of the name (hh-status-badge.ts, read for a label's value as for a heading). Read with the name's
 * order decided after it: the badge after "Family, Given" would otherwise land among the given names.
 * Markup of our own, synthetic people.
 */
const table = (badge: string) =>
  `<!DOCTYPE html><html><head><title>Member</title></head><body><div class="top">Care manager: Ruth Abney</div><table><tr><td>Member:</td><td>Ferreira-Quon, Adela M. <span class="b">${badge}</span></td></tr><tr><td>Member ID:</td><td>QX-4410273</td></tr><tr><td>Date of Birth:</td><td>02/14/1949</td></tr></table></body></html>`;
const rows = (badge: string) =>
  `<!DOCTYPE html><html><head><title>Client</title></head><body><div class="f"><label>Client</label><span>Adela Ferreira-Quon <span class="pill">${badge}</span></span></div><div class="f"><label>Client ID</label><span>QX-4410273</span></div><div class="f"><label>Birth date</label><span>02/14/1949</span></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/members/4410273', extractClientContext)).reading;

describe("a status badge after a labelled name", () => {
  it('is not part of the name, family-first or given-first', async () => {
    for (const badge of ['Active', 'DISCHARGED', 'Eligible', 'On hold']) {
      expect(await read(table(badge)), badge).toMatchObject({ name: 'Adela M. Ferreira-Quon', mrn: 'QX-4410273', dob: '1949-02-14' });
      expect(await read(rows(badge)), badge).toMatchObject({ name: 'Adela Ferreira-Quon', mrn: 'QX-4410273', dob: '1949-02-14' });
    }
  });
});
