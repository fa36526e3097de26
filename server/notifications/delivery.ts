import { DataSource } from 'typeorm';
import { EventType } from '../domain/enums';
import { ChannelKind, DeliveryKind, NotificationLanguage } from '../domain/notification.enums';
import { ChannelSecrets, EmailChannelConfig, NotificationChannel } from '../entities/notification-channel.entity';
import { SecretBox } from './crypto';
import { EventLike, RenderContext, renderDigest, RenderedMessage, renderEvent } from './render';
import { DeliveryError, sendEmail, sendWebhook } from './senders';
import { NotificationSettings } from './settings';

/** An outbox row as the dispatcher claimed it. */
export interface OutboxRow {
  id: string;
  alliance_id: string;
  channel_id: string;
  kind: DeliveryKind;
  event_id: string | null;
  user_id: string | null;
  digest_day: string | null;
  attempts: number;
  claim_token: string;
}

/** Turns outbox rows and channels into messages on the wire. */
export class Deliverer {
  constructor(
    private readonly ds: DataSource,
    private readonly box: SecretBox,
    readonly settings: NotificationSettings,
  ) {}

  private async allianceName(allianceId: string): Promise<string> {
    const [a] = await this.ds.query('SELECT name FROM alliances WHERE id = $1', [allianceId]);
    return a?.name ?? '';
  }

  /** Sends a rendered message through a channel (to `to` for email; the channel's list otherwise). */
  async send(channel: NotificationChannel, msg: RenderedMessage, to?: string[]): Promise<void> {
    let secrets: ChannelSecrets;
    try {
      secrets = this.box.open<ChannelSecrets>(channel.secretEnc);
    } catch {
      throw new DeliveryError('the channel’s secrets cannot be decrypted (was NOTIFY_KEY or JWT_SECRET changed?)');
    }
    if (channel.kind === ChannelKind.EMAIL) {
      const config = channel.config as EmailChannelConfig;
      await sendEmail(config, secrets.password, to ?? config.to ?? [], msg, this.settings.timeoutMs);
    } else {
      await sendWebhook(channel.kind, secrets.webhookUrl ?? '', secrets.secret, msg, this.settings.timeoutMs);
    }
  }

  /** Renders and sends one claimed outbox row; throws DeliveryError when it did not go through. */
  async deliver(row: OutboxRow): Promise<void> {
    const channel = await this.ds.getRepository(NotificationChannel).findOneBy({ id: row.channel_id });
    if (!channel) throw new DeliveryError('the channel was removed');
    if (!channel.enabled) throw new DeliveryError('the channel is disabled');
    const base = { allianceName: await this.allianceName(row.alliance_id), publicUrl: this.settings.publicUrl };
    let to: string[] | undefined;
    if (row.user_id) {
      const [u] = await this.ds.query('SELECT email FROM users WHERE id = $1', [row.user_id]);
      if (!u) throw new DeliveryError('the recipient no longer exists');
      to = [u.email];
    }
    if (row.kind === DeliveryKind.DIGEST) {
      const events = await this.digestEvents(row);
      // Personal emails are in Chinese (the default); channels choose their language.
      await this.send(channel, renderDigest(events, row.digest_day!, { ...base, language: NotificationLanguage.ZH }), to);
      return;
    }
    const [e] = await this.ds.query(
      `SELECT type, entity_type AS "entityType", entity_id AS "entityId", payload, occurred_at AS "occurredAt" FROM events WHERE id = $1`,
      [row.event_id],
    );
    if (!e) throw new DeliveryError('the event no longer exists');
    const ctx: RenderContext = {
      ...base,
      language: row.kind === DeliveryKind.PERSONAL ? NotificationLanguage.ZH : channel.language,
      requirement: await this.requirementFigures(e),
    };
    await this.send(channel, renderEvent(e as EventLike, ctx), to);
  }

  private async requirementFigures(e: EventLike): Promise<RenderContext['requirement']> {
    if (e.entityType !== 'Pledge') return null;
    const [r] = await this.ds.query(
      `SELECT q.quantity, q.pledged, q.fulfilled, q.unit FROM pledges p JOIN requirements q ON q.id = p.requirement_id WHERE p.id = $1`,
      [e.entityId],
    );
    return r ?? null;
  }

  /** The events of a digest: the day (Beijing time) of the row, of the types the user chose. */
  async digestEvents(row: Pick<OutboxRow, 'alliance_id' | 'user_id' | 'digest_day'>): Promise<EventLike[]> {
    return this.ds.query(
      `SELECT e.type, e.entity_type AS "entityType", e.entity_id AS "entityId", e.payload, e.occurred_at AS "occurredAt"
       FROM events e JOIN notification_preferences p ON p.alliance_id = e.alliance_id AND p.user_id = $2
       WHERE e.alliance_id = $1 AND e.type = ANY (p.event_types) AND e.actor_id IS DISTINCT FROM $2
         AND e.occurred_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND e.occurred_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
       ORDER BY e.seq LIMIT 200`,
      [row.alliance_id, row.user_id, row.digest_day],
    );
  }
}

/** Event types people usually want (used by the demo and documented defaults). */
export const DEFAULT_CHANNEL_EVENTS = [
  EventType.NEED_RAISED,
  EventType.PROJECT_TRANSITIONED,
  EventType.PLEDGE_CREATED,
  EventType.PLEDGE_WITHDRAWN,
  EventType.PLEDGE_REJECTED,
  EventType.PLEDGE_FULFILLED,
  EventType.CONCERN_RAISED,
];
