/**
 * Whether an address can go into a citation: a web address another reader can open, never one
 * on the reader's own machine (localhost, a loopback or private address, a file).
 */
const localHost = /^(localhost|.*\.localhost|.*\.local|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2})$/i;

export function citableAddress(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (localHost.test(url.hostname)) return undefined;
  return url.href;
}
