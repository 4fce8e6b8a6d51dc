import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A form that opens where the user is: a modal dialog over the panel, whatever is scrolled where.
 * Focus moves to its first field; Escape (the dialog's cancel) closes it; closing gives focus back
 * to what had it before (the button that opened it). Nothing behind it moves while it is open or
 * when it closes.
 */
export function FormDialog({ labelledBy, onClose, testId, children }: {
  labelledBy: string;
  onClose: () => void;
  testId?: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // Taken while rendering, before the commit that may disable the opener and so move focus away.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close?.();
      // The opener may have been disabled while the form was open: give focus back once it is not.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);
  return (
    <dialog ref={ref} class="form-dialog" aria-labelledby={labelledBy} data-testid={testId}>
      {children}
    </dialog>
  );
}
