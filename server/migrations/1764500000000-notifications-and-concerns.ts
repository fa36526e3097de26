import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statements of `gongjian_enqueue_notifications` (the outbox trigger on `events`), shared with
 * migration 1765500000000, which guards them and whose down restores this version.
 */
export const ENQUEUE_NOTIFICATIONS = `
        INSERT INTO notification_outbox (alliance_id, channel_id, kind, event_id, dedup_key)
        SELECT NEW.alliance_id, c.id, 'CHANNEL', NEW.id, 'e:' || NEW.id
        FROM notification_channels c
        WHERE c.alliance_id = NEW.alliance_id AND c.enabled AND NEW.type = ANY (c.event_types)
        ON CONFLICT DO NOTHING;
        INSERT INTO notification_outbox (alliance_id, channel_id, kind, event_id, user_id, dedup_key)
        SELECT NEW.alliance_id, mail.id, 'PERSONAL', NEW.id, p.user_id, 'u:' || p.user_id || ':e:' || NEW.id
        FROM notification_preferences p
        JOIN memberships ms ON ms.alliance_id = p.alliance_id AND ms.user_id = p.user_id
        CROSS JOIN LATERAL (
          SELECT c.id FROM notification_channels c
          WHERE c.alliance_id = NEW.alliance_id AND c.enabled AND c.kind = 'EMAIL'
          ORDER BY c.created_at, c.id LIMIT 1
        ) mail
        WHERE p.alliance_id = NEW.alliance_id AND NOT p.digest AND NEW.type = ANY (p.event_types)
          AND p.user_id IS DISTINCT FROM NEW.actor_id
        ON CONFLICT DO NOTHING;
`;

/**
 * Supervision concerns, notification channels, personal email preferences and the notification
 * outbox. The outbox is filled by a trigger on `events`, in the same transaction as the event (so a
 * rolled-back change never notifies, and a committed one always has its rows); the dispatcher
 * (server/notifications/dispatcher.ts) claims due rows with FOR UPDATE SKIP LOCKED and a lease.
 */
export class NotificationsAndConcerns1764500000000 implements MigrationInterface {
  name = 'NotificationsAndConcerns1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE concerns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('Project', 'Pledge', 'Need', 'Resource', 'Organization', 'Requirement', 'Membership')),
        target_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        raised_by_id uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED')),
        answer text CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 5000),
        answered_by_id uuid REFERENCES users (id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'OPEN') = (answer IS NULL)),
        CHECK ((status = 'OPEN') = (answered_at IS NULL))
      );
      CREATE INDEX concerns_alliance_id_idx ON concerns (alliance_id, created_at DESC, id DESC);
      CREATE INDEX concerns_open_idx ON concerns (alliance_id) WHERE status = 'OPEN';
      CREATE INDEX concerns_target_idx ON concerns (target_type, target_id);
      CREATE INDEX concerns_raised_by_id_idx ON concerns (raised_by_id);
      CREATE INDEX concerns_answered_by_id_idx ON concerns (answered_by_id);

      CREATE TABLE notification_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('WECOM', 'DINGTALK', 'FEISHU', 'EMAIL')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        event_types text[] NOT NULL DEFAULT '{}',
        language text NOT NULL DEFAULT 'ZH' CHECK (language IN ('ZH', 'EN')),
        enabled boolean NOT NULL DEFAULT true,
        target_hint text NOT NULL DEFAULT '',
        config jsonb NOT NULL DEFAULT '{}',
        secret_enc text NOT NULL,
        created_by_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notification_channels_alliance_id_idx ON notification_channels (alliance_id, created_at, id);
      CREATE INDEX notification_channels_created_by_id_idx ON notification_channels (created_by_id);

      CREATE TABLE notification_preferences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        event_types text[] NOT NULL DEFAULT '{}',
        digest boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX notification_preferences_user_alliance_key ON notification_preferences (user_id, alliance_id);
      CREATE INDEX notification_preferences_alliance_id_idx ON notification_preferences (alliance_id);

      CREATE TABLE notification_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CHANNEL', 'PERSONAL', 'DIGEST')),
        event_id uuid REFERENCES events (id) ON DELETE CASCADE,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        digest_day date,
        dedup_key text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        claim_token uuid,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK (kind = 'DIGEST' OR event_id IS NOT NULL),
        CHECK (kind = 'CHANNEL' OR user_id IS NOT NULL),
        CHECK ((kind = 'DIGEST') = (digest_day IS NOT NULL)),
        CHECK (status <> 'SENDING' OR lease_until IS NOT NULL),
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
      );
      -- at most one notification per (channel, event[, recipient]) or (channel, recipient, digest day)
      CREATE UNIQUE INDEX notification_outbox_dedup_key ON notification_outbox (channel_id, dedup_key);
      CREATE INDEX notification_outbox_pending_idx ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
      CREATE INDEX notification_outbox_leased_idx ON notification_outbox (lease_until) WHERE status = 'SENDING';
      CREATE INDEX notification_outbox_alliance_id_idx ON notification_outbox (alliance_id, status, created_at DESC, id DESC);
      CREATE INDEX notification_outbox_event_id_idx ON notification_outbox (event_id);
      CREATE INDEX notification_outbox_user_id_idx ON notification_outbox (user_id);

      -- Fills the outbox in the transaction that appends the event: one row per subscribed channel,
      -- one per member whose email preferences ask for the type (not for their own actions; digest
      -- readers get the daily digest instead), sent through the alliance's first email channel.
      CREATE FUNCTION gongjian_enqueue_notifications() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
${ENQUEUE_NOTIFICATIONS}        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER events_enqueue_notifications AFTER INSERT ON events
        FOR EACH ROW EXECUTE FUNCTION gongjian_enqueue_notifications();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER events_enqueue_notifications ON events;
      DROP FUNCTION gongjian_enqueue_notifications();
      DROP TABLE notification_outbox;
      DROP TABLE notification_preferences;
      DROP TABLE notification_channels;
      DROP TABLE concerns;
    `);
  }
}
