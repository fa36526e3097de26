import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AllianceEvent } from '../entities/alliance-event.entity';
import { Concern } from '../entities/concern.entity';
import { NotificationChannel } from '../entities/notification-channel.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { byIdLoader } from './by-id.loader';
import { connectionLoader } from './connection.loader';

/** Per-operation loaders of concerns and notifications. */
export function concernLoadersFor(ds: DataSource) {
  return {
    concern: byIdLoader(ds, Concern),
    concernsByAlliance: connectionLoader(ds, Concern, 'allianceId'),
    channel: byIdLoader(ds, NotificationChannel),
    event: byIdLoader(ds, AllianceEvent),
    deliveriesByAlliance: connectionLoader(ds, NotificationDelivery, 'allianceId'),
    /** Open concerns per alliance, many alliances per statement. */
    openConcerns: new DataLoader<string, number>(async (ids) => {
      const rows: { alliance_id: string; n: number }[] = await ds.query(
        `SELECT alliance_id, count(*)::int AS n FROM concerns WHERE alliance_id = ANY($1) AND status = 'OPEN' GROUP BY alliance_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.alliance_id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type ConcernLoaders = ReturnType<typeof concernLoadersFor>;

const perOperation = new WeakMap<object, ConcernLoaders>();

/** The operation's concern loaders, created on first use and kept as long as its `loaders` object. */
export function concernLoaders(ctx: { loaders: object; services: { ds: DataSource } }): ConcernLoaders {
  let l = perOperation.get(ctx.loaders);
  if (!l) {
    l = concernLoadersFor(ctx.services.ds);
    perOperation.set(ctx.loaders, l);
  }
  return l;
}
