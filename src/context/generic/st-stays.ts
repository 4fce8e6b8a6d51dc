import { ambulatoryEncounter } from './st-ambulatory-encounter';
import { episodeEnd } from './st-episode-end';
import { otherStay } from './st-other-stay';
import { referralPlace } from './st-referral-place';
import { visitStay } from './st-visit-date';

/**
 * Which stay a page's dates and place belong to: an episode's span is no stay, a referral's source is
 * not where the client is, a visit is no admission (nor an encounter typed as one), and another stay's block keeps its discharge and place.
 */
export function whichStay<P extends { field: string; how: string; value: string; el: Element; banner: Element | null }>(pairs: P[]): P[] {
  return otherStay(visitStay(referralPlace(episodeEnd(ambulatoryEncounter(pairs)))));
}
