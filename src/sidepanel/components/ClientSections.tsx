import { ClientDetails } from './ClientDetails';
import { ContactHistory } from './ContactHistory';
import { DischargeChecklist } from './DischargeChecklist';
import { LaceScore } from './LaceScore';
import { PainPoints } from './PainPoints';
import { TcmClock } from './TcmClock';
import { Timeline } from './Timeline';
import { TrustChecklist } from './TrustChecklist';
import type { ClientRecord } from '../../model/records';

/** The long sections below the client's status: a chunk of their own, loaded after the first paint. */
export function ClientSections({ record }: { record: ClientRecord }) {
  return (
    <>
      <TcmClock client={record} />
      <DischargeChecklist client={record} />
      <LaceScore key={record.id} client={record} />
      <TrustChecklist client={record} />
      <Timeline />
      <ContactHistory />
      <PainPoints client={record} />
      <ClientDetails client={record} />
    </>
  );
}
