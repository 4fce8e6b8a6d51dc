import type { LabelRule } from './labels';

/**
 * Label spellings of patient portals seen through proxy access, where the signed-in parent, child or caregiver
 * is never the client: the record being looked at is captioned by the view itself ("Proxy view:", "Viewing the
 * record of", "Acting for:", "You are viewing"). A bare "Viewing" is also a menu's or a filter's word, so it labels
 * a value only before a colon or in a cell. FollowMyHealth-like portals caption it "Health Record for:", others
 * "Showing records for"; a document's own "Health Summary for" titles it and stays a title.
 */
export const PORTAL_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^(?:proxy view|(?:you are |now |currently )?viewing (?:the )?(?:record|chart|health record|account) (?:of|for)|acting (?:for|on behalf of)|(?:you are )?viewing as proxy for|(?:health|medical) records? (?:of|for)|(?:now )?showing (?:the )?(?:health )?records? (?:of|for))$/ },
  { field: 'name', re: /^(?:now |currently )?viewing$/, bare: true },
];
