import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A portal's record switcher puts one button per person side by side after its caption; a name read from the first
 * is never completed with the next button's words, which name someone else (product-name-cells.ts). Markup of our
 * own, synthetic people.
 */
describe('a proxy switcher of first-name tiles', () => {
  it('never joins two people\'s tiles into one name', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Summary</title></head><body>
       <div><span>Viewing record of</span><button aria-pressed="true"><span>Rowan</span></button><button aria-pressed="false"><span>Imelda</span></button></div>
       <h1>Health Summary</h1><div><h2>Rowan Achterberg</h2><div><span>Date of birth</span><span>7/3/2015</span></div><div><span>MRN</span><span>QX50217734</span></div></div>
       </body></html>`,
      'https://portal.example.org/app/health-summary',
      extractClientContext,
    );
    expect(reading?.name).not.toBe('Rowan Imelda');
    expect(reading?.name).toBe('Rowan Achterberg');
  });
});
