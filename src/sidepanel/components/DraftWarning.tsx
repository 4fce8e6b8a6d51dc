import type { DraftClient } from '../models/drafts';
import { usePanel } from '../panel';

/** Says plainly when the page no longer shows the client a half-written form is for. */
export function DraftWarning({ draftClient, testId }: { draftClient: DraftClient; testId?: string }) {
  const { client, host } = usePanel();
  if (client.client.value?.id === draftClient.id) return null;
  return (
    <p class="warning" role="alert" data-testid={testId}>
      {host.t('draftForOtherClient', draftClient.name)}
    </p>
  );
}
