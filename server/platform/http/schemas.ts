// Schemas shared by every module's routes: the error body, ids in paths, pagination.
import { z } from 'zod';

export const errorResponse = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });

export const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const okResponse = z.object({ ok: z.literal(true) });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export function paged<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Trimmed text with a length limit; NUL and other control characters (except newlines and tabs) are refused. */
export function text(max: number, min = 0) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, min > 0 ? '不能为空' : undefined)
        .max(max, `不能超过 ${max} 个字符`)
        .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), '含有不可见的控制字符'),
    );
}

export const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期无效');

/** Repeated query keys arrive as arrays; take the last one rather than failing with a type error. */
export function single<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (Array.isArray(v) ? v[v.length - 1] : v), schema);
}
