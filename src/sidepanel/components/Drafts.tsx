import { usePanel } from '../panel';
import { CallbackDraftForm } from './CallbackDraftForm';
import { ContactDraftForm } from './ContactDraftForm';
import { FormDialog } from './FormDialog';

/**
 * Open forms, as dialogs over whatever the panel shows now: each names the client it is for, and
 * stays with that client when the page switches to someone else.
 */
export function Drafts() {
  const { drafts } = usePanel();
  const contact = drafts.contact.value;
  const callback = drafts.callback.value;
  return (
    <>
      {contact && (
        <FormDialog labelledBy="log-contact-title" testId="log-contact-dialog" onClose={() => (drafts.contact.value = null)}>
          <ContactDraftForm draft={contact} />
        </FormDialog>
      )}
      {callback && !contact && (
        <FormDialog labelledBy="add-callback-title" testId="add-callback-dialog" onClose={() => (drafts.callback.value = null)}>
          <CallbackDraftForm draft={callback} />
        </FormDialog>
      )}
    </>
  );
}
