import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that counts, on the wire, the statements clients send: each
 * simple-protocol Query ('Q') and each extended-protocol Execute ('E') message is one statement.
 * Servers under measurement connect through it, so every peer is counted the same way.
 */
export class WireCounter {
  count = 0;
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      this.sockets.add(client).add(upstream);
      let startup = true;
      let buf = Buffer.alloc(0);
      client.on('data', (chunk) => {
        upstream.write(chunk);
        buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
        for (;;) {
          if (startup) {
            if (buf.length < 8) break;
            const len = buf.readInt32BE(0);
            if (buf.length < len) break;
            const code = buf.readInt32BE(4);
            buf = buf.subarray(len);
            // SSLRequest / GSSENCRequest are followed by another untyped startup message.
            if (code !== 80877103 && code !== 80877104) startup = false;
            continue;
          }
          if (buf.length < 5) break;
          const len = buf.readInt32BE(1);
          if (buf.length < len + 1) break;
          const type = String.fromCharCode(buf[0]);
          if (type === 'Q' || type === 'E') this.count++;
          buf = buf.subarray(len + 1);
        }
      });
      upstream.on('data', (chunk) => client.write(chunk));
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server!.address() as net.AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }
}
