// The few IndexedDB calls the outbox needs, as promises. Each function is one transaction, so
// what it reads and writes is seen whole by every other tab (IndexedDB serialises overlapping
// read-write transactions); there is no long-lived transaction to be cut short by an await.

export const STORES = { visits: 'visits', meta: 'meta' } as const;
type StoreName = (typeof STORES)[keyof typeof STORES];

const VERSION = 1;

export function openDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      // Visits keyed by the id the phone made when the visit was started (the server's
      // idempotency key too); photo Blobs live inside the visit so they go and come with it.
      if (!db.objectStoreNames.contains(STORES.visits)) {
        const visits = db.createObjectStore(STORES.visits, { keyPath: 'clientId' });
        visits.createIndex('byUser', 'userId');
      }
      // Small records: the cross-tab sync flag (when the Web Locks API is missing).
      if (!db.objectStoreNames.contains(STORES.meta)) db.createObjectStore(STORES.meta, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    // Another tab holds an older version open: it closes on versionchange (below), so wait.
    req.onblocked = () => undefined;
  }).then((db) => {
    const opened = db as IDBDatabase;
    opened.onversionchange = () => opened.close();
    return opened;
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function result<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function getOne<T>(db: IDBDatabase, store: StoreName, key: IDBValidKey): Promise<T | undefined> {
  const tx = db.transaction(store, 'readonly');
  const value = result(tx.objectStore(store).get(key));
  await done(tx);
  return (await value) as T | undefined;
}

export async function getAllByIndex<T>(
  db: IDBDatabase,
  store: StoreName,
  index: string,
  key: IDBValidKey,
): Promise<T[]> {
  const tx = db.transaction(store, 'readonly');
  const values = result(tx.objectStore(store).index(index).getAll(key));
  await done(tx);
  return (await values) as T[];
}

/**
 * Reads the record at `key`, lets `change` decide what to write (or `undefined` to leave it, or
 * `null` to delete it), all in one read-write transaction: a compare-and-set across tabs.
 */
export async function update<T>(
  db: IDBDatabase,
  store: StoreName,
  key: IDBValidKey,
  change: (current: T | undefined) => T | null | undefined,
): Promise<T | null | undefined> {
  const tx = db.transaction(store, 'readwrite');
  const os = tx.objectStore(store);
  let written: T | null | undefined;
  const req = os.get(key);
  req.onsuccess = () => {
    written = change(req.result as T | undefined);
    if (written === null) os.delete(key);
    else if (written !== undefined) os.put(written);
  };
  await done(tx);
  return written;
}

export async function putOne<T>(db: IDBDatabase, store: StoreName, value: T): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(value);
  await done(tx);
}

export async function deleteOne(db: IDBDatabase, store: StoreName, key: IDBValidKey): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).delete(key);
  await done(tx);
}
