import type { TrustItem, TrustStrategy } from './checklist';

/**
 * The five trust-building strategies of "Relationship Building 101", each broken into small acts a
 * care manager can observe having done. Small consistent acts, not big gestures, build trust.
 * The words are in _locales, keyed by id (message-keys.ts).
 */
const item = (id: string, extra: Partial<TrustItem> = {}): TrustItem => ({
  id: `trust.${id}`,
  sourceId: 'rb101',
  ...extra,
});

export const TRUST_STRATEGIES: readonly TrustStrategy[] = [
  {
    id: 'respect',
    sourceId: 'rb101',
    items: [
      item('respect.callbacks-on-time', { auto: 'callbacks-on-time' }),
      item('respect.on-time'),
      item('respect.asked-best-time'),
      item('respect.kept-promise'),
    ],
  },
  {
    id: 'communication',
    sourceId: 'rb101',
    items: [
      item('communication.fitted-plan'),
      item('communication.preferred-channel'),
      item('communication.honest-status'),
      item('communication.closing-summary'),
    ],
  },
  {
    id: 'share',
    sourceId: 'rb101',
    items: [
      item('share.teach-back', { auto: 'teach-back', sourceId: 'ahrq-teachback' }),
      item('share.guided-step'),
      item('share.hard-topic'),
      item('share.written-info'),
    ],
  },
  {
    id: 'pain',
    sourceId: 'rb101',
    items: [
      item('pain.asked-hardest'),
      item('pain.root-cause'),
      item('pain.relieved', { auto: 'pain-relieved' }),
      item('pain.checked-fix'),
    ],
  },
  {
    id: 'more',
    sourceId: 'rb101',
    items: [
      item('more.unexpected-call', { auto: 'extra-mile-contact' }),
      item('more.hospital-visit', { auto: 'hospital-visit' }),
      item('more.anticipated-need'),
      item('more.remembered'),
    ],
  },
];

export const TRUST_ITEMS: readonly TrustItem[] = TRUST_STRATEGIES.flatMap((s) => s.items);
