import { Viewer } from '../auth/viewer';
import { EventType } from '../domain/enums';
import { ChannelKind, NotificationLanguage } from '../domain/notification.enums';
import { ChannelSecrets, EmailChannelConfig, NotificationChannel } from '../entities/notification-channel.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { badInput, forbidden, notFound } from '../errors';
import { decodeId } from '../graphql/global-id';
import { SecretBox } from '../notifications/crypto';
import { Deliverer } from '../notifications/delivery';
import { renderTest } from '../notifications/render';
import { NotificationSettings } from '../notifications/settings';
import type {
  AddNotificationChannelInput,
  SmtpSettingsInput,
  TestChannelInput,
  UpdateNotificationChannelInput,
  UpdateNotificationPreferencesInput,
} from '../resolvers/inputs/notification.input';
import { findOr404, ServiceDeps } from './service-context';

/** What testChannel reports. */
export interface ChannelTestOutcome {
  ok: boolean;
  error: string | null;
  channel: NotificationChannel;
}

const WEBHOOK_KINDS = [ChannelKind.WECOM, ChannelKind.DINGTALK, ChannelKind.FEISHU];

function webhookHint(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/…`;
}

function smtpConfig(s: SmtpSettingsInput): EmailChannelConfig {
  return { host: s.host, port: s.port, secure: s.secure, username: s.username || null, from: s.from, to: s.to };
}

const emailHint = (c: EmailChannelConfig) => `${c.host}:${c.port}${c.to.length ? ` → ${c.to.join(', ')}` : ''}`;

/**
 * Notification channels of an alliance (group robots and email), personal email preferences, and
 * testChannel. Delivery itself is asynchronous: events fill the outbox (a trigger, in the event's
 * transaction) and the dispatcher sends (server/notifications/dispatcher.ts).
 */
export class NotificationService {
  readonly deliverer: Deliverer;

  constructor(
    private readonly deps: ServiceDeps,
    readonly box: SecretBox,
    readonly settings: NotificationSettings,
  ) {
    this.deliverer = new Deliverer(deps.ds, box, settings);
  }

  private checkShape(kind: ChannelKind, webhookUrl: string | undefined, secret: string | undefined, smtp: SmtpSettingsInput | undefined) {
    if (WEBHOOK_KINDS.includes(kind)) {
      if (!webhookUrl) throw badInput('webhookUrl', `A ${kind} channel needs its webhook URL`);
      if (smtp) throw badInput('smtp', `A ${kind} channel has no SMTP settings`);
      if (kind === ChannelKind.DINGTALK && !secret) throw badInput('secret', 'A DingTalk robot needs its signing secret (加签密钥)');
      if (kind === ChannelKind.WECOM && secret) throw badInput('secret', 'A WeCom group robot has no signing secret');
    } else {
      if (!smtp) throw badInput('smtp', 'An email channel needs its SMTP settings');
      if (webhookUrl) throw badInput('webhookUrl', 'An email channel has no webhook URL');
      if (secret) throw badInput('secret', 'An email channel has no signing secret (use smtp.password)');
    }
  }

  async addChannel(viewer: Viewer, input: AddNotificationChannelInput): Promise<NotificationChannel> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireSecretaryOrAdmin(allianceId);
    this.checkShape(input.kind, input.webhookUrl, input.secret, input.smtp);
    const secrets: ChannelSecrets = input.smtp ? { password: input.smtp.password ?? null } : { webhookUrl: input.webhookUrl, secret: input.secret ?? null };
    const config = input.smtp ? smtpConfig(input.smtp) : {};
    return this.deps.change(viewer, { mutation: 'addNotificationChannel' }, async (m) => {
      const repo = m.getRepository(NotificationChannel);
      const channel = await repo.save(
        repo.create({
          allianceId,
          kind: input.kind,
          name: input.name,
          eventTypes: [...new Set(input.eventTypes)],
          language: input.language ?? NotificationLanguage.ZH,
          enabled: true,
          targetHint: input.smtp ? emailHint(config as EmailChannelConfig) : webhookHint(input.webhookUrl!),
          config,
          secretEnc: this.box.seal(secrets),
          createdById: viewer.user!.id,
        }),
      );
      return {
        result: channel,
        event: { allianceId, type: EventType.NOTIFICATION_CHANNEL_ADDED, entityType: 'NotificationChannel', entityId: channel.id, payload: { name: channel.name, kind: channel.kind } },
      };
    });
  }

  async updateChannel(viewer: Viewer, input: UpdateNotificationChannelInput): Promise<NotificationChannel> {
    const id = decodeId(input.channelId, 'NotificationChannel', 'channelId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'updateNotificationChannel' }, async (m) => {
      const ch = await findOr404(m, NotificationChannel, id, 'The channel', 'pessimistic_write');
      if (!viewer.canRead(ch.allianceId)) throw notFound('The channel');
      viewer.requireSecretaryOrAdmin(ch.allianceId, 'The channel');
      if (input.name != null) ch.name = input.name;
      if (input.eventTypes != null) ch.eventTypes = [...new Set(input.eventTypes)];
      if (input.language != null) ch.language = input.language;
      if (input.enabled != null) ch.enabled = input.enabled;
      if (input.webhookUrl != null || input.secret != null || input.smtp != null) {
        const old = this.box.open<ChannelSecrets>(ch.secretEnc);
        if (ch.kind === ChannelKind.EMAIL) {
          if (input.webhookUrl != null) throw badInput('webhookUrl', 'An email channel has no webhook URL');
          if (input.secret != null) throw badInput('secret', 'An email channel has no signing secret (use smtp.password)');
          ch.config = smtpConfig(input.smtp!);
          ch.targetHint = emailHint(ch.config as EmailChannelConfig);
          ch.secretEnc = this.box.seal({ password: input.smtp!.password ?? old.password ?? null });
        } else {
          if (input.smtp != null) throw badInput('smtp', `A ${ch.kind} channel has no SMTP settings`);
          if (ch.kind === ChannelKind.WECOM && input.secret) throw badInput('secret', 'A WeCom group robot has no signing secret');
          const next = { webhookUrl: input.webhookUrl ?? old.webhookUrl, secret: input.secret ?? old.secret ?? null };
          ch.targetHint = webhookHint(next.webhookUrl!);
          ch.secretEnc = this.box.seal(next);
        }
      }
      const saved = await m.getRepository(NotificationChannel).save(ch);
      return {
        result: saved,
        event: { allianceId: ch.allianceId, type: EventType.NOTIFICATION_CHANNEL_UPDATED, entityType: 'NotificationChannel', entityId: ch.id, payload: { name: ch.name, kind: ch.kind, enabled: ch.enabled } },
      };
    });
  }

  /** Removes a channel; its pending and dead notifications go with it. */
  async removeChannel(viewer: Viewer, channelId: string): Promise<NotificationChannel> {
    const id = decodeId(channelId, 'NotificationChannel', 'channelId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'removeNotificationChannel' }, async (m) => {
      const ch = await findOr404(m, NotificationChannel, id, 'The channel', 'pessimistic_write');
      if (!viewer.canRead(ch.allianceId)) throw notFound('The channel');
      viewer.requireSecretaryOrAdmin(ch.allianceId, 'The channel');
      await m.getRepository(NotificationChannel).delete({ id });
      const removed = Object.assign(new NotificationChannel(), ch, { id, enabled: false });
      return {
        result: removed,
        event: { allianceId: ch.allianceId, type: EventType.NOTIFICATION_CHANNEL_REMOVED, entityType: 'NotificationChannel', entityId: id, payload: { name: ch.name, kind: ch.kind } },
      };
    });
  }

  /** Sends a test message now (not through the outbox) and reports whether the receiver took it. */
  async testChannel(viewer: Viewer, input: TestChannelInput): Promise<ChannelTestOutcome> {
    const id = decodeId(input.channelId, 'NotificationChannel', 'channelId');
    viewer.requireUser();
    const ch = await this.deps.ds.getRepository(NotificationChannel).findOneBy({ id });
    if (!ch || !viewer.canRead(ch.allianceId)) throw notFound('The channel');
    viewer.requireSecretaryOrAdmin(ch.allianceId, 'The channel');
    const [a] = await this.deps.ds.query('SELECT name FROM alliances WHERE id = $1', [ch.allianceId]);
    const msg = renderTest(ch.name, { allianceName: a.name, language: ch.language, publicUrl: this.settings.publicUrl });
    try {
      await this.deliverer.send(ch, msg, ch.kind === ChannelKind.EMAIL ? ((ch.config as EmailChannelConfig).to.length ? undefined : [viewer.user!.email]) : undefined);
      return { ok: true, error: null, channel: ch };
    } catch (err) {
      return { ok: false, error: (err as Error).message, channel: ch };
    }
  }

  async channels(viewer: Viewer, allianceId: string): Promise<NotificationChannel[]> {
    viewer.requireSecretaryOrAdmin(allianceId);
    return this.deps.ds.getRepository(NotificationChannel).find({ where: { allianceId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The viewer's own preferences in an alliance (defaults when never set). */
  async preferences(viewer: Viewer, allianceId: string): Promise<NotificationPreference> {
    viewer.requireRead(allianceId);
    const userId = viewer.user!.id;
    const row = await this.deps.ds.getRepository(NotificationPreference).findOneBy({ userId, allianceId });
    return row ?? Object.assign(new NotificationPreference(), { id: null, userId, allianceId, eventTypes: [], digest: false, updatedAt: new Date(0) });
  }

  async updatePreferences(viewer: Viewer, input: UpdateNotificationPreferencesInput): Promise<NotificationPreference> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRead(allianceId);
    if (!viewer.membership(allianceId)) throw forbidden('Only members of the alliance receive its notifications');
    const userId = viewer.user!.id;
    return this.deps.change(viewer, { mutation: 'updateNotificationPreferences' }, async (m) => {
      await m.query(
        `INSERT INTO notification_preferences (user_id, alliance_id, event_types, digest) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, alliance_id) DO UPDATE SET event_types = EXCLUDED.event_types, digest = EXCLUDED.digest, updated_at = now()`,
        [userId, allianceId, [...new Set(input.eventTypes)], input.digest ?? false],
      );
      const pref = await m.getRepository(NotificationPreference).findOneByOrFail({ userId, allianceId });
      return {
        result: pref,
        event: { allianceId, type: EventType.NOTIFICATION_PREFERENCES_UPDATED, entityType: 'User', entityId: userId, payload: { digest: pref.digest, types: pref.eventTypes.length } },
      };
    });
  }
}
