import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PanelClosedError } from '../models/lazy';
import { usePanel } from '../panel';

/**
 * Loads a component's code and renders it after the first paint: the client and the time since
 * the last contact appear at once, and the long sections below them follow without holding up
 * that paint or the panel's first download. A requestAnimationFrame callback alone runs before
 * the frame it belongs to is painted, so the load starts from a task queued there.
 */
export function Deferred<P extends object>({
  load,
  props,
  placeholder = null,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** What holds the component's place until it is there, so nothing below it jumps. */
  placeholder?: ComponentChildren;
}) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let mounted = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        load().then(
          (component) => mounted && setLoaded(() => component),
          (error: unknown) => {
            if (!mounted || error instanceof PanelClosedError) return;
            console.warn('[rapport] section load', error);
            setFailed(true);
          },
        );
      }, 0);
    });
    return () => {
      mounted = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [load]);
  if (failed) return <DeferredFailed />;
  return Loaded ? <Loaded {...props} /> : <>{placeholder}</>;
}

/** Only when the extension was updated under an open panel: its old chunks are gone. */
function DeferredFailed() {
  const { host } = usePanel();
  return (
    <p class="error" role="alert">
      {host.t('sectionLoadFailed')}
    </p>
  );
}
