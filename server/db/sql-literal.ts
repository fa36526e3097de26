import { escapeLiteral } from 'pg';

/**
 * A value as an SQL literal (`NULL`, or quoted and escaped by pg's escapeLiteral), for the
 * parameterless statements that travel with a BEGIN or a COMMIT in one simple-protocol round trip.
 */
export function sqlLiteral(v: string | null): string {
  return v === null ? 'NULL' : escapeLiteral(v);
}
