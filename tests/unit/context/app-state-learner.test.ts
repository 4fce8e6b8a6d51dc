import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ABA data-collection app keeps the child under a `learner` key, a developmental-disability provider's app its
 * client under an `individual` key (client-held.ts, structured-check.ts): the birth date and sex only the store holds
 * are the shown client's. Markup of our own, synthetic people.
 */
const page = (key: string) => `<!DOCTYPE html><html><head><title>Data collection</title></head><body>
  <div class="chip" aria-label="Current learner"><span>Noor Halloran</span> <span>ID 5520-31 · 5y 4m</span></div>
  <div class="targets"><h3>Mand training</h3><div>Trials: 6</div></div>
  <div class="foot">RBT: Lucan Petrov · Supervisor: Esme Tran, BCBA</div>
  <script type="application/json" id="state">{"session":{"id":"S-1","staff":{"firstName":"Lucan","lastName":"Petrov"}},
    "${key}":{"id":"5520-31","firstName":"Noor","lastName":"Halloran","birthDate":"2021-07-30","gender":"female",
      "guardians":[{"name":"Aoife Halloran","birthDate":"1990-02-02"}]}}</script>
  </body></html>`;

describe("a store's learner or individual", () => {
  it("is the shown client's record: the birth date and sex come from it", async () => {
    for (const key of ['learner', 'individual']) {
      const { reading } = await readInHappyDom(page(key), 'https://aba.example.org/collect/S-1', extractClientContext);
      expect(reading?.name, key).toBe('Noor Halloran');
      expect(reading?.dob, key).toBe('2021-07-30');
      expect(reading?.sex, key).toBe('F');
    }
  });
});
