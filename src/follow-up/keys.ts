/**
 * The Redis keys of the follow-up, under the store's prefix (src/store/keys.ts has the
 * store's own):
 *
 *   <prefix>:request:<id>            STRING  PostponementRequest JSON; expires a year after its last change
 *   <prefix>:request:<id>:decided    STRING  who decided it first (SET NX: one decision wins)
 *   <prefix>:requests:<protocolKey>  ZSET    request id → epoch ms it was asked: a protocol's requests
 *   <prefix>:link-used:<tokenId>     STRING  set (NX) when a link is used; expires with the link
 */
export interface FollowUpKeys {
  request(id: string): string;
  decided(id: string): string;
  requests(protocolKey: string): string;
  linkUsed(tokenId: string): string;
}

export function followUpKeys(prefix: string): FollowUpKeys {
  return {
    request: (id) => `${prefix}:request:${id}`,
    decided: (id) => `${prefix}:request:${id}:decided`,
    requests: (protocolKey) => `${prefix}:requests:${protocolKey}`,
    linkUsed: (tokenId) => `${prefix}:link-used:${tokenId}`,
  };
}

/** How long a request is kept after its last change: long enough for any report on the year. */
export const REQUEST_TTL_MS = 400 * 24 * 3600 * 1000;
