/**
 * Who may talk to the browser bridge: only pages served by this very server. The bridge binds to
 * 127.0.0.1, and on top of that refuses a foreign Host (DNS rebinding) or Origin (another site in the
 * same browser), and API calls without the per-run token that only our own index.html carries.
 */
export interface BridgeIdentity {
  port: number;
  token: string;
}

export function ownOrigin(identity: Pick<BridgeIdentity, 'port'>): string {
  return `http://127.0.0.1:${identity.port}`;
}

export function isOwnHost(host: string | undefined, identity: Pick<BridgeIdentity, 'port'>): boolean {
  return host === `127.0.0.1:${identity.port}`;
}

/** Browsers send Origin on POSTs and cross-origin requests; when present it must be ours. */
export function isAcceptableOrigin(origin: string | undefined, identity: Pick<BridgeIdentity, 'port'>): boolean {
  return origin === undefined || origin === ownOrigin(identity);
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response timings. */
export function hasValidToken(candidate: string | undefined | null, identity: Pick<BridgeIdentity, 'token'>): boolean {
  if (typeof candidate !== 'string' || candidate.length !== identity.token.length) return false;
  let difference = 0;
  for (let i = 0; i < candidate.length; i += 1) difference |= candidate.charCodeAt(i) ^ identity.token.charCodeAt(i);
  return difference === 0;
}
