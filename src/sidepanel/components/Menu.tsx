import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What is needed now and then, not under every client: one button opens a short list; Escape or a
 * click elsewhere closes it and focus goes back to the button.
 */
export function Menu({ label, children }: { label: string; children: (close: () => void) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return undefined;
    panel.current?.querySelector<HTMLElement>('button, a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const onPointer = (event: Event) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div class="menu">
      <button
        ref={button}
        type="button"
        class="secondary icon"
        data-testid="panel-menu"
        aria-expanded={open}
        aria-controls="panel-menu-items"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
        <span class="sr-only">{label}</span>
      </button>
      {open && (
        <div ref={panel} id="panel-menu-items" class="menu-items" role="group" aria-label={label}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
