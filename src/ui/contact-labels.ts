import type { ContactChannel, ContactDirection, ContactOutcome } from '../model/values';

/** Message keys of a contact's channel, direction and outcome: one map for every screen that names them. */
export const CHANNELS: Record<ContactChannel, string> = {
  call: 'channelCall',
  text: 'channelText',
  email: 'channelEmail',
  visit: 'channelVisit',
  video: 'channelVideo',
  letter: 'channelLetter',
};
export const DIRECTIONS: Record<ContactDirection, string> = { outbound: 'directionOutbound', inbound: 'directionInbound' };
export const OUTCOMES: Record<ContactOutcome, string> = {
  reached: 'outcomeReached',
  voicemail: 'outcomeVoicemail',
  'no-answer': 'outcomeNoAnswer',
  'message-sent': 'outcomeMessageSent',
};
