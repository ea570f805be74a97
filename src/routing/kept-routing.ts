import type { SrokConfig } from '../config/types.js';
import { routeProtocol, routingBasis } from '../plan/index.js';
import type { ProtocolRouting, RoutedProtocol, Routings } from '../records/routing.js';
import type { Store } from '../store/index.js';

/**
 * The routing kept with each protocol: read from the store, checked against its basis,
 * and — only when the basis changed (a new version, a correction, the directory, the
 * operator's address) — routed again and kept. One per process, shared by the
 * scheduler, the steps, the mails, the pages and the reports, so `count` is every
 * routing this process made.
 */
export class KeptRouting implements Routings {
  private readonly route: typeof routeProtocol;
  private routed = 0;

  constructor(
    private readonly deps: {
      store: Store;
      config: () => SrokConfig;
      /** How executors are routed (routeProtocol); a test hands in one that counts. */
      route?: typeof routeProtocol;
    },
  ) {
    this.route = deps.route ?? routeProtocol;
  }

  /** How many times a protocol's executors were routed here: at each import of a version, and when a basis changed. */
  get count(): number {
    return this.routed;
  }

  async routingOf(protocol: RoutedProtocol, kept?: ProtocolRouting | null): Promise<ProtocolRouting> {
    const { routing, fresh } = await this.current(protocol, kept === undefined ? await this.deps.store.getRouting(protocol.key) : kept);
    if (fresh) await this.deps.store.setRouting(protocol.key, routing);
    return routing;
  }

  /**
   * The routing a plan of `protocol` reads: the kept one while its basis is current,
   * else routed now (`fresh`: the caller keeps it, with a write of its own). A protocol
   * never routed is routed as imported — the import laid the remembered phrases over it
   * already; one routed before is routed with the remembered phrases of now.
   */
  async current(protocol: RoutedProtocol, kept: ProtocolRouting | null): Promise<{ routing: ProtocolRouting; fresh: boolean }> {
    if (kept === null) {
      this.adopt();
      return { routing: this.routeFirst(protocol), fresh: true };
    }
    const basis = this.basisOf(protocol);
    if (kept.basis === basis) return { routing: kept, fresh: false };
    return { routing: { basis, entries: this.routeNow(protocol, await this.aliases()) }, fresh: true };
  }

  /**
   * The routing of a protocol never routed, as current() makes it — routed as imported —
   * but not counted: a plan worked out ahead (Scheduler.firstPlan) counts it with adopt()
   * when it is used.
   */
  routeFirst(protocol: RoutedProtocol): ProtocolRouting {
    return { basis: this.basisOf(protocol), entries: this.route(protocol.doc, this.deps.config().directory, new Map()) };
  }

  /** Count a routing made by routeFirst. */
  adopt(): void {
    this.routed += 1;
  }

  /** Route `protocol` now with these remembered phrases (normalised phrase → entry id), counted. */
  routeNow(protocol: RoutedProtocol, aliases: ReadonlyMap<string, string>): ProtocolRouting['entries'] {
    this.routed += 1;
    return this.route(protocol.doc, this.deps.config().directory, aliases);
  }

  /** The basis `protocol` is routed on under the config in force. */
  basisOf(protocol: RoutedProtocol): string {
    const config = this.deps.config();
    return routingBasis(protocol, config.directory, config.settings.operator.email);
  }

  /** Remembered phrases: normalised phrase → entry id. */
  async aliases(): Promise<Map<string, string>> {
    return new Map([...(await this.deps.store.getAliases())].map(([phrase, alias]) => [phrase, alias.entry]));
  }
}
