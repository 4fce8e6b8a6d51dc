import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** "Why / source" behind a small ⓘ: there when asked for, not repeated under every item. */
export function InfoButton({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class="info-button"
        data-testid="info"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">i</span>
      </button>
      <span id={id} class="why info-text" hidden={!open}>
        {children}
      </span>
    </>
  );
}
