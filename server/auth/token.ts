import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ISSUER = 'gongjian';
const TTL = '12h';

/** Signs a session token for a user. */
export function signToken(secret: string, userId: string): string {
  return jwt.sign({}, secret, { subject: userId, issuer: ISSUER, expiresIn: TTL, algorithm: 'HS256' });
}

/**
 * The secret as a KeyObject, built once: given a string, jsonwebtoken first tries (and fails) to parse
 * it as a public key on every verification, which showed as the top CPU frame of a request.
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    if (keys.size > 16) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

/** Returns the user id of a valid token, or null for a missing, forged or expired one. */
export function verifyToken(secret: string, token: string): string | null {
  try {
    const claims = jwt.verify(token, keyOf(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    return typeof claims === 'object' && typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

/** Extracts the token from an `Authorization: Bearer …` value. */
export function bearer(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}
