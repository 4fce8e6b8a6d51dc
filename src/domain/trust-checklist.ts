import type { TrustItem, TrustStrategy } from './checklist';

/**
 * The five trust-building strategies of "Relationship Building 101", each broken into small acts a
 * care manager can observe having done. Small consistent acts, not big gestures, build trust.
 */
const item = (id: string, text: string, why: string, extra: Partial<TrustItem> = {}): TrustItem => ({
  id: `trust.${id}`,
  text,
  why,
  sourceId: 'rb101',
  ...extra,
});

export const TRUST_STRATEGIES: readonly TrustStrategy[] = [
  {
    id: 'respect',
    title: 'Respect',
    summary: "Be aware of the client's time and needs, so they learn they can rely on you.",
    sourceId: 'rb101',
    items: [
      item('respect.callbacks-on-time', 'Returned every call within the promptness target this month', 'Prompt replies show the client their time matters and that you can be relied on.', { auto: 'callbacks-on-time' }),
      item('respect.on-time', 'Called or arrived at the time you said, or warned the client before running late', 'Holding to estimated times is the everyday proof of respect.'),
      item('respect.asked-best-time', 'Asked when it suits the client to be called and saved it as their best time', 'Calling when it suits them respects their day instead of yours.'),
      item('respect.kept-promise', 'Did what you promised by the day you promised, and told the client it was done', 'A promise kept and confirmed is what makes the next promise believable.'),
    ],
  },
  {
    id: 'communication',
    title: 'Exceptional, individual communication',
    summary: 'Timely, respectful, honest and confident; a plan fitted to this client, not a template.',
    sourceId: 'rb101',
    items: [
      item('communication.fitted-plan', "Changed one part of the care plan to fit the client's circumstances and agreed the compromise with them", 'A plan fitted to their life is one they can actually follow.'),
      item('communication.preferred-channel', "Used the client's preferred channel and language", 'Meeting them where they are shows you see them as an individual.'),
      item('communication.honest-status', 'Gave an honest update, including what is not settled yet', 'Openness about uncertainty builds more trust than a confident guess.'),
      item('communication.closing-summary', 'Ended the conversation with a short summary of who does what by when', 'A clear close removes doubt about the next step.'),
    ],
  },
  {
    id: 'share',
    title: 'Share as much as possible',
    summary: 'Explain clearly, guide the client through the system, and do not dodge hard conversations.',
    sourceId: 'rb101',
    items: [
      item('share.teach-back', 'Explained the next step of the care plan in plain language and checked understanding (teach-back)', 'Asking the client to say it back in their own words finds gaps before they cause harm.', { auto: 'teach-back', sourceId: 'ahrq-teachback' }),
      item('share.guided-step', 'Walked the client through one part of the system (a referral, a benefit, a bill) step by step', 'Guidance through the system is what the client cannot get elsewhere.'),
      item('share.hard-topic', 'Raised an uncomfortable topic (cost, risk, a limit of the service) instead of avoiding it', 'Avoiding hard news to seem agreeable costs trust when the news arrives anyway.'),
      item('share.written-info', 'Sent or left written information the client can keep and reread', 'Written notes let the client and family check what was said.'),
    ],
  },
  {
    id: 'pain',
    title: 'Listen for points of pain and relieve them',
    summary: "Hear the root cause behind a complaint and make the client's life a little easier.",
    sourceId: 'rb101',
    items: [
      item('pain.asked-hardest', 'Asked what is hardest for the client right now and noted it as a pain point', 'You can only relieve a pain point you have heard.'),
      item('pain.root-cause', 'Wrote down the root cause behind a complaint, not just the complaint', 'Fixing the cause stops the same complaint coming back.'),
      item('pain.relieved', 'Relieved a pain point and told the client it is done', 'Visible relief is the strongest sign that listening led somewhere.', { auto: 'pain-relieved' }),
      item('pain.checked-fix', 'Checked back that the fix really made things easier', 'Following up shows the relief was for them, not for the record.'),
    ],
  },
  {
    id: 'more',
    title: 'Deliver more than expected',
    summary: 'Small, unexpected acts that show you think of the client between scheduled contacts.',
    sourceId: 'rb101',
    items: [
      item('more.unexpected-call', 'Made an unexpected follow-up call', 'A call the client did not expect says you think of them unprompted.', { auto: 'extra-mile-contact' }),
      item('more.hospital-visit', 'Dropped in to say hi while the client was in hospital', 'A familiar face during a stay is remembered long after it.', { auto: 'hospital-visit' }),
      item('more.anticipated-need', 'Sorted a discharge need before the client asked (equipment, transport, medicines)', 'Anticipating needs spares the client a problem they would otherwise meet alone.'),
      item('more.remembered', 'Remembered something personal (a birthday, a family event) and mentioned it', 'Remembering the person, not only the case, deepens the relationship.'),
    ],
  },
];

export const TRUST_ITEMS: readonly TrustItem[] = TRUST_STRATEGIES.flatMap((s) => s.items);
