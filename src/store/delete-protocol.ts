import { outgoingRecords } from './closes.js';
import { execPipeline, type StoreContext } from './context.js';
import { decodeDoc } from './doc-codec.js';
import { identityOf } from './identity.js';
import { dueMember } from './tracks.js';

/**
 * Remove a protocol for a test or an operator: its own keys, its index entries, its
 * `due` members and the records it filed as waiting for other acts. Records it already
 * applied to other protocols stay: they are those protocols' history. Two round-trips.
 * Index entries another protocol has taken over since are left alone.
 */
export async function deleteProtocol(ctx: StoreContext, key: string): Promise<boolean> {
  const { redis, keys } = ctx;
  const [value, tracks, audit] = await execPipeline(
    redis.pipeline().getBuffer(keys.doc(key)).hkeys(keys.tracks(key)).lrange(keys.audit(key), 0, -1),
  );
  const trackNames = tracks as string[];
  const write = redis.pipeline();
  write.del(keys.doc(key), keys.state(key), keys.audit(key), keys.tracks(key), keys.review(key), keys.fixes(key), keys.text(key), keys.routing(key));
  write.zrem(keys.reviewWaiting, key);
  write.zrem(keys.protocols, key);
  if (trackNames.length > 0) write.zrem(keys.due, ...trackNames.map((t) => dueMember(key, t)));
  for (const sha of importedShas(audit as string[])) ctx.delIfEquals.queue(write, [keys.sha(sha)], [key]);
  if (Buffer.isBuffer(value)) {
    const { header, doc } = decodeDoc(value);
    const identity = identityOf(doc.protocol);
    ctx.delIfEquals.queue(write, [keys.sha(doc.source.sha256)], [key]);
    ctx.delIfEquals.queue(write, [keys.ident(identity.id)], [key]);
    if (identity.alias !== null) write.srem(keys.alias(identity.alias), key);
    // Only the field names matter here; the time dates records that are not written.
    for (const o of outgoingRecords(doc, key, new Date(header.at))) if (o.lookup.how !== 'unclear') write.hdel(keys.pending(o.lookup.id), o.field);
  }
  await execPipeline(write);
  return Buffer.isBuffer(value);
}

/** The content hashes of every version ever imported, from the import entries of the audit. */
function importedShas(audit: readonly string[]): string[] {
  const shas = new Set<string>();
  for (const json of audit) {
    const entry = JSON.parse(json) as { action?: unknown; detail?: { sha256?: unknown } };
    if (entry.action === 'import' && typeof entry.detail?.sha256 === 'string') shas.add(entry.detail.sha256);
  }
  return [...shas];
}
