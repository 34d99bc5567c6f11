// Password hashing (scrypt, parameters stored with each hash so the cost can rise later)
// and the password policy.
import { randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { COMMON_PASSWORDS } from './common-passwords.js';

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const KEYLEN = 32;

export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** logN;
  const key = await scrypt(password, salt, KEYLEN, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 });
  return ['scrypt', logN, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const N = 2 ** Number(logN);
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r) + 1024 * 1024,
  });
  return timingSafeEqual(key, expected);
}

export type PasswordProblem = 'too_short' | 'too_long' | 'classes' | 'contains_name' | 'contains_phone' | 'common';

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: '密码至少 8 位',
  too_long: '密码不能超过 128 位',
  classes: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
  contains_name: '密码不能包含用户名或姓名',
  contains_phone: '密码不能包含手机号',
  common: '密码过于常见，请换一个',
};

export interface PasswordContext {
  username?: string | null;
  displayName?: string | null;
  namePinyin?: string | null;
  phone?: string | null;
}

export function checkPasswordPolicy(password: string, ctx: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < 8) problems.push('too_short');
  if (password.length > 128) problems.push('too_long');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('classes');
  const lower = password.toLowerCase();
  const names = [ctx.username, ctx.displayName, ctx.namePinyin]
    .filter((n): n is string => !!n && [...n].length >= 2)
    .map((n) => n.toLowerCase().replace(/\s+/g, ''));
  if (names.some((n) => (/^[\x00-\x7f]+$/.test(n) ? n.length >= 3 && lower.includes(n) : lower.includes(n)))) {
    problems.push('contains_name');
  }
  const phone = ctx.phone?.replace(/\D/g, '');
  // The last eight digits are enough to recognise a phone number inside a password.
  if (phone && phone.length >= 8 && password.includes(phone.slice(-8))) problems.push('contains_phone');
  const stripped = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stripped)) problems.push('common');
  return problems;
}

/**
 * A random one-time password for a new or reset account: 16 characters from all four
 * classes, without look-alikes (0/O, 1/l/I) because it is often read out or typed from paper.
 */
export function generateOneTimePassword(ctx: PasswordContext = {}): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '-_!@#%+='];
  const all = sets.join('');
  for (;;) {
    const chars: string[] = sets.map((s) => s[randomInt(s.length)]!);
    while (chars.length < 16) chars.push(all[randomInt(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (checkPasswordPolicy(password, ctx).length === 0) return password;
  }
}
