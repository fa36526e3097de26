import { Viewer } from '../auth/viewer';

/**
 * Shares the per-batch viewer re-read among live feeds. Every feed re-reads its subscriber's viewer
 * before handing out a batch (a revoked membership ends the stream); with thousands of subscribers
 * that was one statement per subscriber per event. Here the reads asked for in the same tick go
 * out as one statement, and feeds asking for the same user for the same point of the log
 * (alliance, last seq of the batch) while that read is running share it. A read is only shared
 * while in flight, and it started after the events it covers were read from the table, so it is as
 * fresh as each feed's own read was.
 */
export class ViewerReads {
  private readonly inflight = new Map<string, Promise<Viewer>>();
  private queued = new Map<string, { resolve: (v: Viewer) => void; reject: (e: unknown) => void }[]>();
  private scheduled = false;

  constructor(private readonly load: (userIds: string[]) => Promise<Map<string, Viewer>>) {}

  /** The viewer of `userId`, read after the batch of `allianceId` ending at `seq` was taken. */
  viewerFor(userId: string, allianceId: string, seq: bigint): Promise<Viewer> {
    const key = `${userId}\u0000${allianceId}\u0000${seq}`;
    let p = this.inflight.get(key);
    if (!p) {
      p = new Promise<Viewer>((resolve, reject) => {
        let waiting = this.queued.get(userId);
        if (!waiting) this.queued.set(userId, (waiting = []));
        waiting.push({ resolve, reject });
      });
      this.inflight.set(key, p);
      const settled = () => {
        if (this.inflight.get(key) === p) this.inflight.delete(key);
      };
      p.then(settled, settled);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    }
    return p;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queued;
    this.queued = new Map();
    const ids = [...batch.keys()];
    this.load(ids).then(
      (viewers) => {
        for (const [id, waiting] of batch) for (const w of waiting) w.resolve(viewers.get(id) ?? Viewer.anonymous());
      },
      (err: unknown) => {
        for (const waiting of batch.values()) for (const w of waiting) w.reject(err);
      },
    );
  }
}
