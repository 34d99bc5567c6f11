// Sealed files as streams, in exactly the format of sealBytes (personal-data.ts):
//   [0x01][IV, 16 bytes][SM4-CBC ciphertext][HMAC-SM3 tag over version, IV and ciphertext, 32 bytes]
// so files sealed whole before this existed open the same way. Nothing here holds more than a
// chunk: the tag is computed as the bytes pass, and the last 32 bytes are held back until the
// end of the stream tells they were the tag.
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual, type Hmac } from 'node:crypto';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const SEALED_FILE_VERSION = 1;
const HEADER = 1 + 16;
const TAG = 32;

export interface SealingKeys {
  encKey: Buffer;
  /** A fresh HMAC-SM3 primed with the version label; the caller feeds IV and ciphertext. */
  newTag(): Hmac;
}

/** Plain bytes in, sealed bytes out. */
export function sealingStream(keys: SealingKeys): Transform {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', keys.encKey, iv);
  const mac = keys.newTag().update(iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!started) {
        started = true;
        this.push(Buffer.concat([Buffer.from([SEALED_FILE_VERSION]), iv]));
      }
      const ct = cipher.update(chunk);
      mac.update(ct);
      done(null, ct);
    },
    flush(done) {
      if (!started) this.push(Buffer.concat([Buffer.from([SEALED_FILE_VERSION]), iv]));
      const ct = cipher.final();
      mac.update(ct);
      this.push(ct);
      done(null, mac.digest());
    },
  });
}

/**
 * Splits a sealed stream into header, body and the trailing tag while it passes: `onBody`
 * sees every ciphertext byte once, in order; `finish` gets the IV and the tag at the end.
 */
class SealedFrame {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  iv: Buffer | null = null;

  /** Returns the ciphertext this chunk releases (everything but the last 32 bytes seen so far). */
  take(chunk: Buffer): Buffer {
    if (!this.iv) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < HEADER) return Buffer.alloc(0);
      if (this.head[0] !== SEALED_FILE_VERSION) throw new Error('unrecognised sealed file');
      this.iv = this.head.subarray(1, HEADER);
      chunk = this.head.subarray(HEADER);
    }
    const all = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const cut = Math.max(0, all.length - TAG);
    this.tail = Buffer.from(all.subarray(cut));
    return all.subarray(0, cut);
  }

  /** The tag, once the stream has ended; throws if the stream was too short to be sealed. */
  end(): { iv: Buffer; tag: Buffer } {
    if (!this.iv || this.tail.length < TAG) throw new Error('unrecognised sealed file');
    return { iv: this.iv, tag: this.tail };
  }
}

function tagMatches(mac: Hmac, tag: Buffer): boolean {
  const expected = mac.digest();
  return expected.length === tag.length && timingSafeEqual(expected, tag);
}

/** Reads a sealed stream to its end and says whether its tag is right (nothing is decrypted). */
export async function verifySealed(keys: SealingKeys, source: Readable): Promise<boolean> {
  const frame = new SealedFrame();
  let mac: Hmac | null = null;
  await pipeline(
    source,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        try {
          const body = frame.take(chunk);
          if (frame.iv && !mac) mac = keys.newTag().update(frame.iv);
          mac?.update(body);
          done();
        } catch (err) {
          done(err as Error);
        }
      },
    }),
  );
  try {
    const { iv, tag } = frame.end();
    return tagMatches(mac ?? keys.newTag().update(iv), tag);
  } catch {
    return false;
  }
}

/**
 * Sealed bytes in, plain bytes out. The tag is checked again at the end (the stream fails if
 * it is wrong), but plain bytes leave before that: callers check the whole file first with
 * verifySealed, so that nobody is ever handed bytes that fail the check.
 */
export function openingStream(keys: SealingKeys): Transform {
  const frame = new SealedFrame();
  let decipher: ReturnType<typeof createDecipheriv> | null = null;
  let mac: Hmac | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        const body = frame.take(chunk);
        if (frame.iv && !decipher) {
          decipher = createDecipheriv('sm4-cbc', keys.encKey, frame.iv);
          mac = keys.newTag().update(frame.iv);
        }
        if (!body.length) return done();
        mac!.update(body);
        done(null, decipher!.update(body));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        const { tag } = frame.end();
        if (!tagMatches(mac!, tag)) throw new Error('sealed file failed its integrity check');
        done(null, decipher!.final());
      } catch (err) {
        done(err as Error);
      }
    },
  });
}
