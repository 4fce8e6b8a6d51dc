/**
 * The picker's highlight box and prompt. It lives in a closed shadow root under an element of our
 * own, styled inline with !important: the page's CSS cannot restyle it, the page's scripts cannot
 * reach into it, and pointer-events: none keeps every click going to the element under it.
 * Built with createElement and textContent only; CSSOM styles pass the page's CSP.
 */
const Z_TOP = '2147483647';

function style(el: HTMLElement, rules: Record<string, string>) {
  for (const [name, value] of Object.entries(rules)) el.style.setProperty(name, value, 'important');
}

export interface Overlay {
  host: Element;
  highlight(rect: DOMRect | null): void;
  remove(): void;
}

export function createOverlay(doc: Document, prompt: string): Overlay {
  const host = doc.createElement('rapport-picker');
  style(host as HTMLElement, { all: 'initial', position: 'fixed', inset: '0', 'z-index': Z_TOP, 'pointer-events': 'none', display: 'block' });
  const root = host.attachShadow({ mode: 'closed' });

  const box = doc.createElement('div');
  style(box, {
    position: 'absolute',
    display: 'none',
    'box-sizing': 'border-box',
    border: '2px solid #0b5cad',
    background: 'rgba(11, 92, 173, 0.15)',
    'border-radius': '3px',
    'pointer-events': 'none',
  });

  const label = doc.createElement('div');
  label.setAttribute('role', 'status');
  label.textContent = prompt;
  style(label, {
    position: 'absolute',
    top: '8px',
    left: '50%',
    transform: 'translateX(-50%)',
    background: '#0b5cad',
    color: '#ffffff',
    font: '600 14px/1.4 system-ui, sans-serif',
    padding: '6px 12px',
    'border-radius': '6px',
    'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.3)',
    'pointer-events': 'none',
  });

  root.append(box, label);
  doc.documentElement.append(host);

  return {
    host,
    highlight(rect) {
      if (!rect) return style(box, { display: 'none' });
      style(box, {
        display: 'block',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    },
    remove: () => host.remove(),
  };
}
