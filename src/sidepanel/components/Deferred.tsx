import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders its children one frame after mounting: the client and the time since the last contact
 * appear at once, and the long sections below them follow without holding up that first paint.
 */
export function Deferred({ children }: { children: ComponentChildren }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready ? <>{children}</> : null;
}
