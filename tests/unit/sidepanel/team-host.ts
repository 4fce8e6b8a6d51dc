import type { PanelHost } from '../../../src/sidepanel/host';
import type { PageRequest } from '../../../src/messaging/schema';
import type { TeamCallOffReply, TeamCaseloadReply, TeamCoverReply, TeamHandoffsReply } from '../../../src/messaging/team-messages';

type CoverRequest = Omit<Extract<PageRequest, { type: 'team/cover' }>, 'type'>;
type CallOffRequest = Omit<Extract<PageRequest, { type: 'team/call-off' }>, 'type'>;

/**
 * The background's team routes as a test gives them: each answer it leaves out fails as a
 * background without that route would, so a screen asking for it shows its failure.
 */
export function teamHost(answers: {
  caseload?: () => Promise<TeamCaseloadReply>;
  cover?: (request: CoverRequest) => Promise<TeamCoverReply>;
  handoffs?: () => Promise<TeamHandoffsReply>;
  callOff?: (request: CallOffRequest) => Promise<TeamCallOffReply>;
}): NonNullable<PanelHost['team']> {
  const missing = (type: string) => Promise.reject(new Error(`no answer for ${type}`));
  const ask = (message: PageRequest): Promise<unknown> => {
    if (message.type === 'team/caseload') return answers.caseload ? answers.caseload() : missing(message.type);
    if (message.type === 'team/handoffs') return answers.handoffs ? answers.handoffs() : missing(message.type);
    if (message.type === 'team/cover') {
      const { type: _type, ...request } = message;
      return answers.cover ? answers.cover(request) : missing(message.type);
    }
    if (message.type === 'team/call-off') {
      const { type: _type, ...request } = message;
      return answers.callOff ? answers.callOff(request) : missing(message.type);
    }
    return missing(message.type);
  };
  return ask as NonNullable<PanelHost['team']>;
}
