import { Counter, Gauge, Histogram, collectDefaultMetrics, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { BatchCounters } from '../services/pledge-batcher';

/**
 * Prometheus metrics of one process. Created once per app so tests with several in-process servers
 * do not share (or collide on) a global registry.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly operations = new Counter({
    name: 'gongjian_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok or the error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'gongjian_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly compiledOperations = new Counter({
    name: 'gongjian_graphql_compiled_operations_total',
    help: 'Queries and mutations compiled by graphql-jit (each once, on its second request)',
    registers: [this.registry],
  });

  readonly wsConnections = new Gauge({
    name: 'gongjian_ws_connections',
    help: 'Open graphql-ws connections',
    registers: [this.registry],
  });

  readonly wsSubscriptions = new Gauge({
    name: 'gongjian_ws_subscriptions',
    help: 'Active subscriptions',
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'gongjian_events_published_total',
    help: 'Event notifications received from PostgreSQL (LISTEN)',
    registers: [this.registry],
  });

  readonly eventsDelivered = new Counter({
    name: 'gongjian_events_delivered_total',
    help: 'Subscription results written to sockets (one per subscriber and event)',
    registers: [this.registry],
  });

  /**
   * Mirrors the pledge batcher's counters (PledgeBatcher): batches committed, and pledges by the way they
   * were written — in a batch, alone (nothing was waiting with them), or run again alone after their
   * batch failed as a whole — or refused because too many were waiting.
   */
  watchPledgeBatches(read: () => Readonly<BatchCounters>): void {
    if (this.registry.getSingleMetric('gongjian_pledge_batches')) return;
    new Gauge({
      name: 'gongjian_pledge_batches',
      help: 'Pledge transactions of two or more pledges committed since the process started',
      registers: [this.registry],
      collect() {
        this.set(read().batches);
      },
    });
    new Gauge({
      name: 'gongjian_pledges_written',
      help: 'Pledges answered since the process started, by how they were written (batched, alone, rerun) or refused_busy',
      labelNames: ['path'] as const,
      registers: [this.registry],
      collect() {
        const c = read();
        this.set({ path: 'batched' }, c.batched);
        this.set({ path: 'alone' }, c.alone);
        this.set({ path: 'rerun' }, c.rerun);
        this.set({ path: 'refused_busy' }, c.refusedBusy);
      },
    });
  }

  constructor(ds?: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gongjian_' });
    if (ds) {
      const pool = () => (ds.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
      const make = (name: string, help: string, read: (p: NonNullable<ReturnType<typeof pool>>) => number) =>
        new Gauge({
          name,
          help,
          registers: [this.registry],
          collect() {
            const p = pool();
            this.set(p ? read(p) : 0);
          },
        });
      make('gongjian_db_pool_connections', 'Connections open in the pool', (p) => p.totalCount);
      make('gongjian_db_pool_idle', 'Idle connections in the pool', (p) => p.idleCount);
      make('gongjian_db_pool_waiting', 'Requests waiting for a pool connection', (p) => p.waitingCount);
    }
  }
}
