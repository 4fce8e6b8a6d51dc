import type { Json, Obj } from './structured';
import { isObj } from './json-values';

/**
 * The person an app's store keeps under a `client` key (protective services, case management: `investigation.client`)
 * or a `participant` key (research: `{ study, participant }`) is its record's person, as a `patient` key is; so is an
 * ABA practice's `learner` (a session's `{ session, learner }`) and a developmental-disability provider's `individual`
 * (a T-Log's or ISP's subject), and an aging or disability services system's `consumer` (SAMS-, WellSky Aging- and
 * GetCare-like apps, whose Older Americans Act programmes call their client so), the words those systems use for their
 * client. Only an
 * object: an OAuth or API `client` is a string id or a config whose fields name no person, and the walk reads a
 * person only from names and a birth date or number (app-state.ts).
 */
export function heldClient(node: Obj): Obj | undefined {
  const held: Json | undefined = node.client ?? node.participant ?? node.learner ?? node.individual ?? node.consumer;
  return isObj(held) ? held : undefined;
}
