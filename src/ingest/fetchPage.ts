import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** A page the bot will not fetch, and why, in one line for the moderator who asked. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export interface FetchOptions {
  /** Fetch from private, loopback and link-local addresses too (tests and a bot on a private network). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the page came from, after redirects. */
  url: string;
  kind: 'html' | 'text';
  body: string;
}

/** Addresses no link from a chat may reach: private networks, loopback, link-local (cloud metadata), and the like. */
const PRIVATE = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** Refuses a URL that is not http(s), or whose host resolves to an address no chat link may reach. */
async function checkAddress(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https links can be added, not ${url.protocol.replace(/:$/, '')}:`);
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new FetchRefused(`the host ${host} could not be found`);
  }
  if (addresses.some(isPrivate)) throw new FetchRefused(`${host} is a private or local address, which links from chat may not reach`);
}

/**
 * Fetches a page for /article add: http(s) only; the host's addresses are checked before the first request and again
 * at every redirect (at most 5); at most 10 s and 5 MB; HTML or plain text only. Every refusal is a FetchRefused
 * whose message names the reason.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { allowPrivate = false, timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024, maxRedirects = 5 } = options;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused(`"${address.slice(0, 100)}" is not a link`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      await checkAddress(url, allowPrivate);
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'parley (news quote bot)' } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new FetchRefused(`more than ${maxRedirects} redirects`);
        url = new URL(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchRefused(`the page answered ${response.status}`);
      }
      const type = (response.headers.get('content-type') ?? '').toLowerCase();
      const kind = /^(?:text\/html|application\/xhtml\+xml)/.test(type) ? 'html' : /^text\/(?:plain|markdown)/.test(type) ? 'text' : null;
      if (!kind) {
        await response.body?.cancel();
        throw new FetchRefused(`the link is ${type.split(';')[0] || 'of no stated type'}, not a web page or text`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchRefused(`the page is ${declared} bytes, over the ${maxBytes}-byte limit`);
      }
      const body = await readLimited(response, maxBytes);
      return { url: url.href, kind, body };
    }
  } catch (err) {
    if (err instanceof FetchRefused) throw err;
    if ((err as Error).name === 'TimeoutError' || signal.aborted) throw new FetchRefused(`the page took longer than ${timeoutMs / 1000} s`);
    throw new FetchRefused(`the page could not be fetched (${(err as Error).message})`);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchRefused(`the page is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
