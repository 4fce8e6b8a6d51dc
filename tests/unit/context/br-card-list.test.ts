import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://msg.example.net/clinic/threads/912', extractClientContext)).reading;

describe("a conversation list's cards of bold name and <br> lines (br-card-list.ts)", () => {
  it("are entries of a list: the opened thread's header names the client", async () => {
    const page = `<ul class="threads">
        <li><strong>Philippa Engstrom</strong><br>DOB 10/10/1980<br>Thanks!</li>
        <li class="on"><strong>Casimir Oduya</strong><br>DOB 01/26/1947<br>My sugar is high</li>
      </ul>
      <section class="thread"><h2>Casimir Oduya</h2><p>DOB 01/26/1947 • Male • MRN 55-10294</p><p>My sugar is high this week.</p></section>`;
    expect(await read(page)).toMatchObject({ name: 'Casimir Oduya', mrn: '55-10294', dob: '1947-01-26', sex: 'M' });
  });
});
