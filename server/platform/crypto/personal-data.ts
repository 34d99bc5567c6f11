// Personal data at rest: SM4-CBC encryption with an HMAC-SM3 tag over IV and ciphertext
// (encrypt-then-MAC), and HMAC-SM3 blind indexes so exact look-ups work without decrypting.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Readable, Transform } from 'node:stream';
import { openingStream, sealingStream, verifySealed, type SealingKeys } from './sealed-stream.js';

const VERSION = 'v1';

export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(kind: 'phone' | 'id_number', normalized: string): string;
  /** Whole files holding personal data (an import workbook): the same scheme, as bytes. */
  sealBytes(plain: Buffer): Buffer;
  openBytes(sealed: Buffer): Buffer;
  /** The same sealing as a stream (sealed-stream.ts): plain in, sealed out. */
  sealStream(): Transform;
  /** Reads a sealed stream through and says whether it is intact and sealed with this key. */
  verifySealed(source: Readable): Promise<boolean>;
  /** Sealed in, plain out; fails at the end if the tag is wrong (verify first). */
  openStream(): Transform;
}

export function sm3Hex(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

function subkey(master: Buffer, label: string): Buffer {
  return createHmac('sm3', master).update(label).digest();
}

export function createPersonalDataCipher(dataKey: Buffer): PersonalDataCipher {
  if (dataKey.length !== 32) throw new Error('data key must be 32 bytes');
  const encKey = subkey(dataKey, 'lvzhi:sm4-encryption').subarray(0, 16);
  const macKey = subkey(dataKey, 'lvzhi:hmac-sm3-mac');
  const indexKey = subkey(dataKey, 'lvzhi:blind-index');

  const tag = (iv: Buffer, ct: Buffer) => createHmac('sm3', macKey).update(VERSION).update(iv).update(ct).digest();
  const fileKeys: SealingKeys = { encKey, newTag: () => createHmac('sm3', macKey).update(VERSION) };

  return {
    encrypt(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64'), ct.toString('base64'), tag(iv, ct).toString('base64')].join('.');
    },
    decrypt(sealed) {
      const [version, ivB64, ctB64, macB64] = sealed.split('.');
      if (version !== VERSION || !ivB64 || !ctB64 || !macB64) throw new Error('unrecognised sealed value');
      const iv = Buffer.from(ivB64, 'base64');
      const ct = Buffer.from(ctB64, 'base64');
      const mac = Buffer.from(macB64, 'base64');
      const expected = tag(iv, ct);
      if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
        throw new Error('personal data failed its integrity check');
      }
      const decipher = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
    blindIndex(kind, normalized) {
      return createHmac('sm3', indexKey).update(`${kind}:${normalized}`).digest('hex');
    },
    sealBytes(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([1]), iv, ct, tag(iv, ct)]);
    },
    openBytes(sealed) {
      if (sealed.length < 1 + 16 + 16 + 32 || sealed[0] !== 1) throw new Error('unrecognised sealed file');
      const iv = sealed.subarray(1, 17);
      const ct = sealed.subarray(17, sealed.length - 32);
      const mac = sealed.subarray(sealed.length - 32);
      if (!timingSafeEqual(mac, tag(iv, ct))) throw new Error('sealed file failed its integrity check');
      const decipher = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]);
    },
    sealStream: () => sealingStream(fileKeys),
    verifySealed: (source) => verifySealed(fileKeys, source),
    openStream: () => openingStream(fileKeys),
  };
}

/** Full-width digits and letters (common from Chinese input methods) to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Mainland mobile numbers: 11 digits starting with 1; +86 and separators dropped. */
export function normalizePhone(input: string): string | null {
  let s = toHalfWidth(input).replace(/[\s\-()（）]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  return /^1[3-9]\d{9}$/.test(s) ? s : null;
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input).replace(/\s/g, '').toUpperCase();
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of a mainland resident ID number (GB 11643-1999). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export type IdNumberProblem = 'format' | 'birth_date' | 'checksum';

/** Validates an 18-character resident ID number: format, embedded birth date, checksum. */
export function checkIdNumber(id: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'birth_date';
  }
  return idNumberCheckChar(id.slice(0, 17)) === id[17] ? null : 'checksum';
}

export function birthDateFromId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export function maskIdNumber(id: string): string {
  return id.length > 7 ? `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}` : '****';
}
