// Counts what a page load costs on the wire, from Chromium's own network events (CDP): the
// encoded (compressed) bytes of every response, headers included, as a slow mobile link
// would carry them.
import type { CDPSession, Page } from 'playwright-core';

export interface Transfer {
  bytes: number;
  requests: number;
  /** Responses that came from a cache instead of the network (an empty cache has none). */
  cached: number;
  /** Scripts, styles and pages of 1 KB or more sent without Content-Encoding. */
  uncompressed: string[];
  byType: Record<string, number>;
  /** Bytes per address, largest first. */
  byUrl: [string, number][];
  /** How long the load took until settled (ms): where a spec's time goes. */
  ms: number;
}

interface ResponseInfo {
  url: string;
  type: string;
  encoding: string;
  length: number;
  cached: boolean;
}

export class TransferMeter {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Uncaught errors in the page (a chunk that fails to run shows up here). */
  readonly pageErrors: string[] = [];

  static async attach(page: Page): Promise<TransferMeter> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const meter = new TransferMeter(page, cdp);
    page.on('pageerror', (e) => meter.pageErrors.push(`${page.url()}: ${e.message}`));
    return meter;
  }

  /**
   * Empties the browser's HTTP cache, runs `load` (navigate, then wait until the page is
   * settled) and returns what crossed the network meanwhile.
   */
  async measure(load: () => Promise<void>): Promise<Transfer> {
    await this.cdp.send('Network.clearBrowserCache');
    const responses = new Map<string, ResponseInfo>();
    const finished = new Map<string, number>();
    const onResponse = (e: {
      requestId: string;
      type: string;
      response: { url: string; headers: Record<string, string>; fromDiskCache?: boolean; fromPrefetchCache?: boolean };
    }) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      responses.set(e.requestId, {
        url: e.response.url,
        type: e.type,
        encoding: headers['content-encoding'] ?? '',
        length: Number(headers['content-length'] ?? 0),
        cached: Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache),
      });
    };
    const onCached = (e: { requestId: string }) => {
      const r = responses.get(e.requestId);
      if (r) r.cached = true;
    };
    const onFinished = (e: { requestId: string; encodedDataLength: number }) =>
      finished.set(e.requestId, e.encodedDataLength);
    this.cdp.on('Network.responseReceived', onResponse);
    this.cdp.on('Network.requestServedFromCache', onCached);
    this.cdp.on('Network.loadingFinished', onFinished);
    const started = Date.now();
    try {
      await load();
    } finally {
      this.cdp.off('Network.responseReceived', onResponse);
      this.cdp.off('Network.requestServedFromCache', onCached);
      this.cdp.off('Network.loadingFinished', onFinished);
    }
    const result: Transfer = {
      bytes: 0,
      requests: 0,
      cached: 0,
      uncompressed: [],
      byType: {},
      byUrl: [],
      ms: Date.now() - started,
    };
    for (const [id, bytes] of finished) {
      const r = responses.get(id);
      if (r?.url.startsWith('data:')) continue;
      result.bytes += bytes;
      result.requests++;
      const type = r?.type ?? 'Other';
      result.byType[type] = (result.byType[type] ?? 0) + bytes;
      result.byUrl.push([r?.url ?? id, bytes]);
      if (r?.cached) result.cached++;
      if (r && !r.encoding && r.length >= 1024 && ['Script', 'Stylesheet', 'Document'].includes(r.type)) {
        result.uncompressed.push(r.url);
      }
    }
    result.byUrl.sort((a, b) => b[1] - a[1]);
    return result;
  }

  /** Navigates to `url` and waits until the network has been quiet and no page is still loading. */
  async firstLoad(url: string, ready?: () => Promise<void>): Promise<Transfer> {
    return this.measure(async () => {
      await this.page.goto(url, { waitUntil: 'networkidle' });
      // A quiet network is not enough on a busy machine: a chunk may still be evaluating.
      await this.page.getByTestId('page-loading').first().waitFor({ state: 'detached' });
      await ready?.();
      await this.page.waitForLoadState('networkidle');
    });
  }

  close(): Promise<void> {
    return this.cdp.detach();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
