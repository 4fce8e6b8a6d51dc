import { usePanel } from '../panel';
import { CallbackDraftForm } from './Callbacks';
import { ContactDraftForm } from './LogContact';

/** Open forms, shown whatever the page shows now: each names the client it is for. */
export function Drafts() {
  const { drafts } = usePanel();
  const contact = drafts.contact.value;
  const callback = drafts.callback.value;
  return (
    <>
      {contact && <ContactDraftForm draft={contact} />}
      {callback && <CallbackDraftForm draft={callback} />}
    </>
  );
}
