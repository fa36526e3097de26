import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Channel secrets (webhook URLs with their access tokens, signing secrets, SMTP passwords) are kept
 * encrypted with AES-256-GCM. The key is NOTIFY_KEY when set (any string; hashed to 32 bytes), or
 * derived from JWT_SECRET with HKDF-SHA256 — so instances sharing a database share the key as they
 * already share the signing key. Changing the key makes stored channel secrets unreadable (the
 * channels must then be re-entered).
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  static fromEnv(jwtSecret: string, env: NodeJS.ProcessEnv = process.env): SecretBox {
    const explicit = env.NOTIFY_KEY;
    if (explicit) return new SecretBox(createHash('sha256').update(explicit, 'utf8').digest());
    return new SecretBox(Buffer.from(hkdfSync('sha256', jwtSecret, 'gongjian', 'notification-channel-secrets', 32)));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
  }

  decrypt(sealed: string): string {
    const [v, iv, tag, data] = sealed.split(':');
    if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  seal(value: object): string {
    return this.encrypt(JSON.stringify(value));
  }

  open<T>(sealed: string): T {
    return JSON.parse(this.decrypt(sealed)) as T;
  }
}
