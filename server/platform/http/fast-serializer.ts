// Responses of the hottest read routes written by fast-json-stringify from the route's zod
// schema. Zod's encoder walks and copies the whole answer on every request (a ninth of the
// time of opening a proposal); fast-json-stringify compiles the schema once into a writer
// that, like zod, writes only the declared properties, so a field added to a row never
// leaks into an answer. It does not check values against the schema: outside production the
// zod check runs as well, so every test still fails on an answer of the wrong shape, and the
// service builds the answer as a typed object literal (TypeScript refuses extra properties).
import fastJsonStringify from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type RouteSchema = { schema: unknown; method: string; url: string; httpStatus?: string };

/**
 * Without `additionalProperties: false`: fast-json-stringify writes only declared properties
 * either way, but it picks the branch of a nullable object by validating against it, and
 * there an undeclared property would fail the answer instead of being left out.
 */
function lenient(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(lenient);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) if (!(k === 'additionalProperties' && v === false)) out[k] = lenient(v);
  return out;
}

export type FastSerializer = (route: RouteSchema) => (data: unknown) => string;

export function fastSerializerCompiler(opts: { checkWithZod: boolean }): FastSerializer {
  return (route: RouteSchema): ((data: unknown) => string) => {
    const jsonSchema = lenient(
      z.toJSONSchema(route.schema as z.ZodType, { target: 'draft-7', io: 'output', unrepresentable: 'any' }),
    );
    const write = fastJsonStringify(jsonSchema as Parameters<typeof fastJsonStringify>[0]);
    if (!opts.checkWithZod) return (data) => write(data);
    const check = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
    return (data) => {
      check(data);
      return write(data);
    };
  };
}
