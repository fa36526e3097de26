import jwt from 'jsonwebtoken';
import { signToken, verifyToken } from '../server/auth/token';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const USER = '00000000-0000-4000-8000-000000000001';

describe('verifyToken (with its cache of verified tokens)', () => {
  afterEach(() => jest.useRealTimers());

  it('answers a valid token the same way the first time and from the cache', () => {
    const token = signToken(SECRET, USER);
    expect(verifyToken(SECRET, token)).toBe(USER);
    expect(verifyToken(SECRET, token)).toBe(USER);
  });

  it('refuses a token once it expires, although it verified (and was kept) before', () => {
    jest.useFakeTimers({ now: Date.now() });
    const token = jwt.sign({}, SECRET, { subject: USER, issuer: 'gongjian', expiresIn: 60 });
    expect(verifyToken(SECRET, token)).toBe(USER);
    jest.setSystemTime(Date.now() + 59_000);
    expect(verifyToken(SECRET, token)).toBe(USER);
    jest.setSystemTime(Date.now() + 2_000);
    expect(verifyToken(SECRET, token)).toBeNull();
    expect(verifyToken(SECRET, token)).toBeNull();
  });

  it('never takes a token verified under one secret as valid under another, nor a tampered one', () => {
    const token = signToken(SECRET, USER);
    expect(verifyToken(SECRET, token)).toBe(USER);
    expect(verifyToken(`${SECRET}-rotated`, token)).toBeNull();
    const [head, , sig] = token.split('.');
    const otherBody = Buffer.from(JSON.stringify({ sub: '00000000-0000-4000-8000-000000000002', iss: 'gongjian', exp: 4102444800 })).toString('base64url');
    expect(verifyToken(SECRET, `${head}.${otherBody}.${sig}`)).toBeNull();
    expect(verifyToken(SECRET, jwt.sign({}, SECRET, { subject: USER, issuer: 'someone-else', expiresIn: 60 }))).toBeNull();
  });
});
