import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import {
  docxWithMacro,
  jpegWithGps,
  lyingZipBomb,
  pdfWithJavaScript,
  plainJpeg,
  plainPdf,
  pngBomb,
  zipPayload,
} from '../../test/hostile-files.js';
import { multipartFile } from '../../test/multipart.js';

describe(`uploads and downloads (${ENGINE})`, () => {
  let ctx: TestContext;
  let member: Client;
  let other: Client;

  beforeAll(async () => {
    ctx = await createTestContext({ UPLOAD_MAX_MB: '1' });
    await seedFixture(ctx.platform);
    member = await login(ctx, 'zhangjianguo', PASSWORD);
    other = await login(ctx, 'lixiaomei', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const upload = (c: Client, name: string, data: Buffer, purpose = 'attachment', type = 'application/octet-stream') => {
    const { payload, headers } = multipartFile(name, data, type);
    return c.request({ method: 'POST', url: `/api/files?purpose=${purpose}`, payload, headers });
  };

  it("keeps a photo's time and place in the database, but the stored copy carries no EXIF at all", async () => {
    const original = await jpegWithGps();
    // The fixture really has GPS: read it the way the server does.
    const gps = exifReader((await sharp(original).metadata()).exif!).GPSInfo;
    expect(gps?.GPSLatitude).toEqual([31, 14, 24]);

    const res = await upload(member, '公园评议现场.jpg', original, 'photo', 'image/jpeg');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: '公园评议现场.jpg', mime: 'image/jpeg', width: 64, height: 48 });
    expect(body.takenAt).toMatch(/^2026-03-15T\d\d:\d\d:\d\d$/); // the camera's wall clock, no zone
    const row = await ctx.platform.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    const [lat, lon] = row.gps!.split(',').map(Number);
    expect(lat).toBeCloseTo(31 + 14 / 60 + 24 / 3600, 5);
    expect(lon).toBeCloseTo(121 + 29 / 60 + 24 / 3600, 5);

    const download = await member.get(`/api/files/${body.id}`);
    expect(download.statusCode).toBe(200);
    const stored = download.rawPayload;
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS', 'latin1'))).toBe(false);
    // The upload is in the audit trail.
    const entry = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('object_id', '=', body.id)
      .executeTakeFirst();
    expect(entry?.action).toBe('file.upload');
  });

  it('refuses files that are not what they claim, with a clear 4xx in the error shape', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    expectError(await upload(member, '示意图.svg', svg, 'attachment', 'image/svg+xml'), 415, 'FILE_TYPE_NOT_ALLOWED');
    const html = Buffer.from('<!doctype html><html><body><script>fetch("/api/auth/me")</script></body></html>');
    expectError(await upload(member, '照片.jpg', html, 'photo', 'image/jpeg'), 415, 'FILE_TYPE_NOT_ALLOWED');
    // Magic bytes say PDF, the name says JPEG.
    expectError(
      await upload(member, '现场照片.jpg', plainPdf(), 'attachment', 'image/jpeg'),
      415,
      'FILE_TYPE_MISMATCH',
    );
    expectError(
      await upload(member, '办理答复.pdf', await plainJpeg(), 'attachment', 'application/pdf'),
      415,
      'FILE_TYPE_MISMATCH',
    );
    // A PDF is not a photo, whatever it is called.
    expectError(await upload(member, '照片.pdf', plainPdf(), 'photo'), 415, 'FILE_TYPE_NOT_ALLOWED');
    expectError(await upload(member, '空文件.pdf', Buffer.alloc(0)), 400, 'FILE_EMPTY');
    const big = Buffer.concat([plainPdf(), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    expectError(await upload(member, '超大附件.pdf', big), 413, 'FILE_TOO_LARGE');
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(100_000);
    expectError(await upload(member, '地图.png', bomb, 'photo', 'image/png'), 422, 'IMAGE_TOO_LARGE');
    // A ZIP whose headers claim a few bytes but whose part inflates to 64 MiB.
    expectError(await upload(member, '提案附件.docx', lyingZipBomb(64)), 422, 'ARCHIVE_TOO_LARGE');
    const macro = await docxWithMacro();
    const res = await upload(member, '提案正文.docx', macro);
    expectError(res, 415, 'FILE_TYPE_NOT_ALLOWED');
    expect(res.json().error.message).toMatch(/宏/);
    expectError(await upload(member, '调研报告.pdf', pdfWithJavaScript()), 415, 'FILE_TYPE_NOT_ALLOWED');
    // Nothing refused was stored.
    const stored = await ctx.platform.db.selectFrom('files').select('original_name').execute();
    expect(stored.map((f) => f.original_name)).not.toEqual(
      expect.arrayContaining(['示意图.svg', '提案正文.docx', '调研报告.pdf', '地图.png']),
    );
  });

  it('stores a JPEG with a ZIP appended as a clean JPEG, without the ZIP', async () => {
    const polyglot = Buffer.concat([await plainJpeg(), await zipPayload()]);
    const res = await upload(member, '合影.jpg', polyglot, 'photo', 'image/jpeg');
    expect(res.statusCode).toBe(201);
    const stored = (await member.get(`/api/files/${res.json().id}`)).rawPayload;
    expect(stored.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(stored.includes(Buffer.from('payload.html'))).toBe(false);
    expect(stored.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('stores hostile file names sanitised: no folders, no control or direction-override characters', async () => {
    const names: [string, string][] = [
      ['../../../etc/passwd.jpg', 'passwd.jpg'],
      ['..\\..\\windows\\system32\\照片.jpg', '照片.jpg'],
      ['发票\u202Egpj.exe.jpg', '发票gpj.exe.jpg'],
      ['会议\u0007纪要\u0001.jpg', '会议纪要.jpg'],
      ['.hidden.jpg', 'hidden.jpg'],
    ];
    for (const [given, expected] of names) {
      const res = await upload(member, given, await plainJpeg(), 'attachment', 'image/jpeg');
      expect(res.statusCode, given).toBe(201);
      expect(res.json().name, given).toBe(expected);
      const row = await ctx.platform.db
        .selectFrom('files')
        .select(['original_name', 'storage_key'])
        .where('id', '=', res.json().id)
        .executeTakeFirstOrThrow();
      expect(row.original_name).toBe(expected);
      expect(row.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    }
  });

  it('hands a file only to who may see it, with nosniff, a sandbox CSP and a correct Chinese file name', async () => {
    const res = await upload(member, '关于加强老旧小区电梯加装的建议.pdf', plainPdf(), 'attachment', 'application/pdf');
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;

    const mine = await member.get(`/api/files/${id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    expect(String(mine.headers['content-security-policy'])).toMatch(/default-src 'none'.*sandbox/);
    const disposition = String(mine.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('关于加强老旧小区电梯加装的建议.pdf');
    expect(mine.rawPayload.equals(plainPdf())).toBe(true);

    expectError(await other.get(`/api/files/${id}`), 404);
    expectError(await other.get('/api/files/00000000-0000-4000-8000-000000000000'), 404);
    expectError(await member.get('/api/files/not-a-uuid'), 400);
    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/files/${id}` });
    expectError(anonymous, 401);
  });
});
