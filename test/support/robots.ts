import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * Local stand-ins for the group-chat robots, speaking each one's HTTP format:
 * - WeCom group robot:   POST /cgi-bin/webhook/send?key=KEY            {"msgtype":"text","text":{"content":…}}  → {"errcode":0,"errmsg":"ok"}
 * - DingTalk custom robot: POST /robot/send?access_token=T&timestamp=MS&sign=S, S = base64(HMAC-SHA256(secret, MS+"\n"+secret)),
 *                         {"msgtype":"text","text":{"content":…}}       → {"errcode":0,"errmsg":"ok"} or 310000 on a bad signature
 * - Feishu custom bot:   POST /open-apis/bot/v2/hook/HOOK  {"timestamp":"S","sign":…,"msg_type":"text","content":{"text":…}},
 *                         sign = base64(HMAC-SHA256(key = S+"\n"+secret, "")) → {"code":0,"msg":"success"} or 19021
 * The signatures are computed here independently of the server's code. A message counts as received
 * only when the robot answered success; failures, hangs and aborted requests are recorded apart.
 */
export interface RobotMessage {
  robot: 'wecom' | 'dingtalk' | 'feishu';
  id: string;
  text: string;
  at: number;
  /** The sender's user-agent (names the sending process). */
  agent: string;
}

type Behaviour = { failNext: number; alwaysFail: boolean; hang: boolean; delayMs: number };

export class Robots {
  readonly received: RobotMessage[] = [];
  readonly failures: { robot: string; id: string; reason: string }[] = [];
  readonly aborted: { robot: string; id: string }[] = [];
  /** Requests seen (any outcome). */
  attempts = 0;
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly secrets = new Map<string, string>();
  private readonly hanging = new Set<http.ServerResponse>();
  private server!: http.Server;
  base = '';

  static async start(): Promise<Robots> {
    const r = new Robots();
    r.server = http.createServer((req, res) => void r.handle(req, res));
    await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
    r.base = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}`;
    return r;
  }

  wecomUrl(key: string) {
    return `${this.base}/cgi-bin/webhook/send?key=${key}`;
  }
  dingtalkUrl(token: string, secret: string) {
    this.secrets.set(`dingtalk:${token}`, secret);
    return `${this.base}/robot/send?access_token=${token}`;
  }
  feishuUrl(hook: string, secret?: string) {
    if (secret) this.secrets.set(`feishu:${hook}`, secret);
    return `${this.base}/open-apis/bot/v2/hook/${hook}`;
  }

  /** Programs the robot with this key/token/hook id. */
  behave(id: string, b: Partial<Behaviour>) {
    this.behaviours.set(id, { failNext: 0, alwaysFail: false, hang: false, delayMs: 0, ...this.behaviours.get(id), ...b });
  }

  messages(id: string) {
    return this.received.filter((m) => m.id === id);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    this.attempts++;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let robot: RobotMessage['robot'];
    let id: string;
    let text: string;
    let body: any;
    try {
      body = JSON.parse(raw);
    } catch {
      return reply(400, { errcode: 40001, errmsg: 'bad json' });
    }
    if (req.method !== 'POST' || !/^application\/json/.test(String(req.headers['content-type']))) return reply(405, { errcode: 1, errmsg: 'POST json only' });
    if (url.pathname === '/cgi-bin/webhook/send') {
      robot = 'wecom';
      id = url.searchParams.get('key') ?? '';
      if (Object.keys(body).sort().join() !== 'msgtype,text' || body.msgtype !== 'text' || typeof body.text?.content !== 'string') {
        this.failures.push({ robot, id, reason: `bad body ${raw}` });
        return reply(200, { errcode: 40008, errmsg: 'invalid message type' });
      }
      text = body.text.content;
    } else if (url.pathname === '/robot/send') {
      robot = 'dingtalk';
      id = url.searchParams.get('access_token') ?? '';
      const ts = url.searchParams.get('timestamp') ?? '';
      const secret = this.secrets.get(`dingtalk:${id}`) ?? '';
      const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
      if (!ts || Math.abs(Date.now() - Number(ts)) > 3600_000 || url.searchParams.get('sign') !== expected) {
        this.failures.push({ robot, id, reason: 'sign not match' });
        return reply(200, { errcode: 310000, errmsg: 'sign not match' });
      }
      if (Object.keys(body).sort().join() !== 'msgtype,text' || body.msgtype !== 'text' || typeof body.text?.content !== 'string') {
        this.failures.push({ robot, id, reason: `bad body ${raw}` });
        return reply(200, { errcode: 40035, errmsg: 'bad body' });
      }
      text = body.text.content;
    } else if (url.pathname.startsWith('/open-apis/bot/v2/hook/')) {
      robot = 'feishu';
      id = url.pathname.split('/').pop()!;
      const secret = this.secrets.get(`feishu:${id}`);
      const keys = Object.keys(body).sort().join();
      if (secret) {
        const ts = String(body.timestamp ?? '');
        const expected = createHmac('sha256', `${ts}\n${secret}`).update('').digest('base64');
        if (keys !== 'content,msg_type,sign,timestamp' || body.sign !== expected || Math.abs(Date.now() / 1000 - Number(ts)) > 3600) {
          this.failures.push({ robot, id, reason: 'sign match fail' });
          return reply(200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
        }
      } else if (keys !== 'content,msg_type') {
        this.failures.push({ robot, id, reason: `bad body ${raw}` });
        return reply(200, { code: 9499, msg: 'Bad Request' });
      }
      if (body.msg_type !== 'text' || typeof body.content?.text !== 'string') return reply(200, { code: 9499, msg: 'Bad Request' });
      text = body.content.text;
    } else {
      return reply(404, { errcode: 404, errmsg: 'not found' });
    }
    const b = this.behaviours.get(id);
    if (b?.hang) {
      this.hanging.add(res);
      res.on('close', () => {
        this.hanging.delete(res);
        if (!res.writableEnded) this.aborted.push({ robot, id });
      });
      return;
    }
    if (b?.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
    if (b && (b.alwaysFail || b.failNext > 0)) {
      if (b.failNext > 0) b.failNext--;
      this.failures.push({ robot, id, reason: 'programmed failure' });
      return reply(502, { errcode: -1, errmsg: 'system busy' });
    }
    this.received.push({ robot, id, text, at: Date.now(), agent: String(req.headers['user-agent'] ?? '') });
    if (robot === 'feishu') reply(200, { code: 0, msg: 'success', data: {} });
    else reply(200, { errcode: 0, errmsg: 'ok' });
  }

  /** Answers requests held by `hang` with a success (they then count as received). */
  release(id: string) {
    this.behave(id, { hang: false });
  }

  async close() {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Polls `check` until it returns true (or throws after `timeoutMs`). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
