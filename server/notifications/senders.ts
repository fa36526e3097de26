import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import { ChannelKind } from '../domain/notification.enums';
import { EmailChannelConfig } from '../entities/notification-channel.entity';
import { RenderedMessage } from './render';

/** A failed delivery; `permanent` ones (bad configuration) are retried all the same, but say why. */
export class DeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Names the sending process, so receivers' logs (and tests) can tell instances apart. */
const USER_AGENT = `Gongjian-Notify/1 (pid ${process.pid})`;

/** DingTalk custom robot signature: base64(HMAC-SHA256(key = secret, "timestamp\nsecret")). */
export function dingTalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** Feishu custom bot signature: base64(HMAC-SHA256(key = "timestamp\nsecret", empty message)); timestamp in seconds. */
export function feishuSign(timestampS: number, secret: string): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

/** The HTTP request a robot expects for a message (exported for tests). */
export function webhookRequest(kind: ChannelKind, webhookUrl: string, secret: string | null | undefined, msg: RenderedMessage, now = Date.now()) {
  const url = new URL(webhookUrl);
  let body: Record<string, unknown>;
  switch (kind) {
    case ChannelKind.WECOM:
      body = { msgtype: 'text', text: { content: msg.text } };
      break;
    case ChannelKind.DINGTALK:
      body = { msgtype: 'text', text: { content: msg.text } };
      if (secret) {
        url.searchParams.set('timestamp', String(now));
        url.searchParams.set('sign', dingTalkSign(now, secret));
      }
      break;
    case ChannelKind.FEISHU: {
      body = { msg_type: 'text', content: { text: msg.text } };
      if (secret) {
        const ts = Math.floor(now / 1000);
        body = { timestamp: String(ts), sign: feishuSign(ts, secret), ...body };
      }
      break;
    }
    default:
      throw new DeliveryError(`${kind} is not a webhook channel`);
  }
  return { url: url.toString(), body };
}

/** Posts to a group robot; resolves when the robot accepted the message (HTTP 2xx and errcode/code 0). */
export async function sendWebhook(
  kind: ChannelKind,
  webhookUrl: string,
  secret: string | null | undefined,
  msg: RenderedMessage,
  timeoutMs: number,
): Promise<void> {
  const req = webhookRequest(kind, webhookUrl, secret, msg);
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': USER_AGENT },
      body: JSON.stringify(req.body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    throw new DeliveryError(e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `request failed: ${e.cause?.code ?? e.message}`);
  }
  const raw = (await res.text().catch(() => '')).slice(0, 2000);
  if (!res.ok) throw new DeliveryError(`HTTP ${res.status}${raw ? `: ${raw.slice(0, 200)}` : ''}`);
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return; // a 2xx without JSON: accepted
  }
  const code = json.errcode ?? json.code ?? json.StatusCode ?? 0;
  if (code !== 0 && code !== '0') {
    throw new DeliveryError(`robot refused: ${String(code)} ${String(json.errmsg ?? json.msg ?? json.StatusMessage ?? '')}`.trim());
  }
}

/** Sends an email through the channel's SMTP server. */
export async function sendEmail(
  config: EmailChannelConfig,
  password: string | null | undefined,
  to: string[],
  msg: RenderedMessage,
  timeoutMs: number,
): Promise<void> {
  if (!to.length) throw new DeliveryError('no recipients');
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.username ? { user: config.username, pass: password ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({ from: config.from, to, subject: msg.title, text: msg.text, textEncoding: 'base64' });
  } catch (err) {
    throw new DeliveryError(`SMTP: ${(err as Error).message}`.slice(0, 500));
  } finally {
    transport.close();
  }
}
