// Opinions as received (pure): the limits of a form, the receipt code a public or paper
// submitter keeps (only its hash is stored), how contact details are sealed and masked, and the
// channel of a member's own submission.
import { createHash, randomBytes } from 'node:crypto';
import type { OpinionChannel } from '../../../db/tables/opinions.js';
import { maskPhone, normalizePhone, type PersonalDataCipher } from '../../../platform/crypto/personal-data.js';

export const TITLE_MIN = 4;
export const TITLE_MAX = 60;
export const BODY_MIN = 10;
export const BODY_MAX = 3_000;
export const PLACE_MAX = 60;
export const NAME_MAX = 20;
export const CONTACT_MAX = 60;
/** Rows of paper forms the office enters in one go. */
export const PAPER_ROWS_MAX = 100;

/** The public form: submissions per address and link in a minute, and challenges per address. */
export const PUBLIC_SUBMITS_PER_IP_PER_MINUTE = 3;
export const PUBLIC_SUBMITS_PER_LINK_PER_MINUTE = 60;
export const PUBLIC_CHALLENGES_PER_IP_PER_MINUTE = 20;

// Letters a person reads off a slip without confusing (no 0/O, 1/I/L).
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A fresh receipt code, e.g. `K7QX-M2PA-9RTD-4HWE`, and its hash. */
export function newReceipt(): { code: string; hash: string } {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');
  const code = chars.match(/.{4}/g)!.join('-');
  return { code, hash: receiptHash(code) };
}

/** The hash of a receipt code as typed back (case, spaces and dashes do not matter). */
export const receiptHash = (code: string) =>
  createHash('sha256')
    .update(code.toUpperCase().replace(/[^0-9A-Z]/g, ''))
    .digest('hex');

/** Sealed and masked contact details: a mobile number masked as phones are, anything else to its ends. */
export function sealContact(cipher: PersonalDataCipher, contact: string | null | undefined) {
  const raw = contact?.trim();
  if (!raw) return { contact_enc: null, contact_masked: null };
  const phone = normalizePhone(raw);
  const masked = phone
    ? maskPhone(phone)
    : raw.length <= 3
      ? '***'
      : `${raw.slice(0, 1)}${'*'.repeat(Math.min(6, raw.length - 2))}${raw.slice(-1)}`;
  return { contact_enc: cipher.encrypt(phone ?? raw), contact_masked: masked };
}

/** A member of the Communist Party of China submits as a party member (党员), any other as a member. */
export const channelOfMember = (party: string | null): OpinionChannel => (party === 'cpc' ? 'party_member' : 'member');
