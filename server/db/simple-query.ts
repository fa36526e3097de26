import { DataSource, QueryFailedError, QueryRunner } from 'typeorm';

/** What pg answers for each statement of a simple-protocol query. */
export interface StatementResult {
  command: string;
  rows: Record<string, unknown>[];
  rowCount: number | null;
}

/**
 * Sends `sql` — several parameterless statements, e.g. with a BEGIN or a COMMIT — in one simple-protocol
 * round trip on `qr`'s connection, logged and counted like any query, failing with QueryFailedError as
 * QueryRunner.query would. Answers one result per statement.
 */
export async function simpleQuery(ds: DataSource, qr: QueryRunner, sql: string): Promise<StatementResult[]> {
  const client = (await qr.connect()) as { query(sql: string): Promise<StatementResult | StatementResult[]> };
  ds.logger.logQuery(sql, [], qr);
  try {
    const results = await client.query(sql);
    return Array.isArray(results) ? results : [results];
  } catch (err) {
    ds.logger.logQueryError(err as Error, sql, [], qr);
    throw new QueryFailedError(sql, [], err as Error);
  }
}
