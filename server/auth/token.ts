import jwt from 'jsonwebtoken';

const ISSUER = 'gongjian';
const TTL = '12h';

/** Signs a session token for a user. */
export function signToken(secret: string, userId: string): string {
  return jwt.sign({}, secret, { subject: userId, issuer: ISSUER, expiresIn: TTL, algorithm: 'HS256' });
}

/** Returns the user id of a valid token, or null for a missing, forged or expired one. */
export function verifyToken(secret: string, token: string): string | null {
  try {
    const claims = jwt.verify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
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
