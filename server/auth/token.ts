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

/**
 * Tokens that verified, by secret and token string: the user id and when the token expires.
 * Verifying is deterministic for a given secret and string (HMAC) except for expiry, which is
 * checked on every use; a dashboard or a unit's client sends the same token with every request, and
 * verification (base64, JSON, HMAC) was ≈ 3–4 % of a pledge's server CPU. Bounded: cleared when full.
 */
const verified = new Map<string, { userId: string; expiresAtMs: number }>();
const MAX_VERIFIED = 10_000;

/** Returns the user id of a valid token, or null for a missing, forged or expired one. */
export function verifyToken(secret: string, token: string): string | null {
  const cacheKey = `${secret}\u0000${token}`;
  const hit = verified.get(cacheKey);
  if (hit) {
    if (Date.now() < hit.expiresAtMs) return hit.userId;
    verified.delete(cacheKey);
    return null;
  }
  try {
    const claims = jwt.verify(token, keyOf(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    if (typeof claims !== 'object' || typeof claims.sub !== 'string') return null;
    // Tokens signed here always carry exp; one without is verified every time rather than kept forever.
    if (typeof claims.exp === 'number') {
      if (verified.size >= MAX_VERIFIED) verified.clear();
      verified.set(cacheKey, { userId: claims.sub, expiresAtMs: claims.exp * 1000 });
    }
    return claims.sub;
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
