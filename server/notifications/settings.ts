/** Notification settings read from the environment (see README: Configuration). */
export interface NotificationSettings {
  /** Base URL of the dashboard, for links in messages. */
  publicUrl: string;
  /** How often the dispatcher looks for due outbox rows when idle (ms). */
  pollMs: number;
  /** How long a claimed row stays reserved for its instance (ms); a crashed instance's rows come back after it. */
  leaseMs: number;
  /** First retry delay (ms), doubled after each failure up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Failures after which a row is dead-lettered. */
  maxAttempts: number;
  /** Time limit of one HTTP or SMTP delivery (ms); always well below the lease. */
  timeoutMs: number;
  /** Deliveries one instance runs at once. */
  concurrency: number;
  /** Hour (Beijing time, 0–23) after which yesterday's digests are sent. */
  digestHour: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function notificationSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationSettings {
  const publicUrl = (env.PUBLIC_URL || 'http://localhost:4000').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  const leaseMs = int(env, 'NOTIFY_LEASE_MS', 60_000, 1_000, 3_600_000);
  return {
    publicUrl,
    pollMs: int(env, 'NOTIFY_POLL_MS', 1_000, 10, 600_000),
    leaseMs,
    backoffMs: int(env, 'NOTIFY_BACKOFF_MS', 5_000, 10, 3_600_000),
    maxBackoffMs: int(env, 'NOTIFY_MAX_BACKOFF_MS', 3_600_000, 10, 86_400_000),
    maxAttempts: int(env, 'NOTIFY_MAX_ATTEMPTS', 8, 1, 100),
    timeoutMs: Math.min(int(env, 'NOTIFY_TIMEOUT_MS', 10_000, 100, 600_000), Math.floor(leaseMs / 2)),
    concurrency: int(env, 'NOTIFY_CONCURRENCY', 8, 1, 100),
    digestHour: int(env, 'NOTIFY_DIGEST_HOUR', 8, 0, 23),
  };
}
