import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A secure-chat window: a conversation list whose rows each name someone in bold, beside a patient card whose name
 * element is unmarked. The bold name nearest before the card is the list's last row, never the card's patient
 * (listed-apart.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Secure Chat</title></head><body>
  <div class="wrap">
    <div class="list">
      <div class="c sel"><b>Ferreira, Duarte</b> <span>3N-310</span></div>
      <div class="c"><b>Kask, Liisa</b> <span>3N-312</span></div>
      <div class="c"><b>Dr. Tobias Wren</b> <span>Available</span></div>
    </div>
    <div class="conv">
      <div class="card">
        <div class="about">Pinned</div>
        <div class="pn">Ferreira, Duarte</div>
        <div class="row"><span>61 y.o. M</span> <span>DOB: 8/9/1965</span> <span>MRN: E5521093</span></div>
        <div class="row"><span>Bed: 3N-310-B</span> <span>Attending: Wren, Tobias, MD</span></div>
      </div>
      <div class="log"><p>Tobias Wren, MD: ok to advance diet.</p></div>
    </div>
  </div></body></html>`;

describe("a bold name in a list's row beside the banner", () => {
  it('is never taken for the banner patient', async () => {
    const { reading } = await readInHappyDom(page, 'https://ehr.example.org/securechat/conversation/551', extractClientContext);
    // Nothing else marks the card's name: the right client or no one.
    expect([undefined, 'Duarte Ferreira']).toContain(reading?.name);
  });
});
