// Route-level code splitting: each page (and the Ant Design components only it uses) is its
// own chunk, fetched when the page is first opened, so the sign-in page and a member's phone
// pages do not download the office's boards and forms.
import { Spin } from 'antd';
import { isValidElement, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

const RELOADED_AT = 'lvzhi.chunkReloadAt';

/**
 * After a new version is deployed, a tab opened earlier still asks for the old hashed chunks,
 * which are gone. Reloading once fetches the new index page and its chunks; a second failure
 * within a minute is a real network error and goes to the error screen.
 */
async function loadOrReload<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (err) {
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last > 60_000) {
      sessionStorage.setItem(RELOADED_AT, String(Date.now()));
      window.location.reload();
      // Keep the fallback on screen until the reload replaces the page.
      return new Promise<M>(() => undefined);
    }
    throw err;
  }
}

// React.lazy's own constraint: a page may take any props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

type LazyPage<C extends AnyComponent> = LazyExoticComponent<C> & {
  /** Starts fetching the page's chunk now, e.g. while the session is being checked. */
  preload(): void;
};

/** A lazily loaded page from a module's export: `lazyPage(() => import('./X'), 'XPage')`. */
export function lazyPage<K extends string, M extends { [P in K]: AnyComponent }>(
  load: () => Promise<M>,
  name: K,
): LazyPage<M[K]> {
  let loading: Promise<M> | null = null;
  const get = () => (loading ??= loadOrReload(load));
  return Object.assign(
    lazy(async () => ({ default: (await get())[name] })),
    { preload: () => void get().catch(() => undefined) },
  );
}

/**
 * Preloads every lazy page in an element tree (a route's element and its children), so the
 * layout's chunk and the page's chunk are fetched side by side rather than one after the other.
 */
export function preloadElement(node: ReactNode): void {
  if (Array.isArray(node)) return node.forEach(preloadElement);
  if (!isValidElement(node)) return;
  (node.type as { preload?: () => void }).preload?.();
  preloadElement((node.props as { children?: ReactNode }).children);
}

/** What shows while a page's chunk arrives: the same spinner as the session check, no layout shift. */
export function PageLoading({ full }: { full?: boolean }) {
  return (
    <div style={{ padding: full ? 80 : 48, textAlign: 'center' }} data-testid="page-loading">
      <Spin size={full ? 'large' : 'default'} />
    </div>
  );
}
