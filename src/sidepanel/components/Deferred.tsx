import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders its children after the first paint: the client and the time since the last contact
 * appear at once, and the long sections below them follow without holding up that paint. A
 * requestAnimationFrame callback alone runs before the frame it belongs to is painted, so the
 * render is queued from it as a task, which runs once that frame is on screen.
 */
export function Deferred({ children }: { children: ComponentChildren }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready ? <>{children}</> : null;
}
