// Every operation of the API, read from the server's own OpenAPI document and checked
// against its route table, so a route added later is covered without editing the suites.
import type { FastifyInstance } from 'fastify';
import { openApiPath, routeTable } from '../../server/test/route-table.js';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
};

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** "POST /api/proposals/{id}/accept" */
  key: string;
  method: string;
  path: string;
  params: Parameter[];
  body: JsonSchema | null;
  /** Open to anyone (the document lists no security for it). */
  isPublic: boolean;
  /** Takes a file upload (multipart/form-data). */
  multipart: boolean;
}

interface Spec {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        security?: unknown[];
        summary?: string;
      }
    >
  >;
}

export async function loadOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
  const spec = res.json() as Spec;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [m, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      ops.push({
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: content['application/json']?.schema ?? null,
        isPublic: Array.isArray(op.security) && op.security.length === 0,
        // The upload routes say so in their summary; multipart is not a JSON schema the document can carry.
        multipart: Boolean(content['multipart/form-data']) || /上传|upload/i.test(op.summary ?? ''),
      });
    }
  }
  const documented = new Set(ops.map((o) => o.key));
  const served = routeTable(app)
    .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
    .map((r) => `${r.method} ${openApiPath(r.url)}`);
  const missing = served.filter((k) => !documented.has(k));
  if (missing.length)
    throw new Error(
      `routes served but missing from /openapi.json (the suites would not cover them): ${missing.join(', ')}`,
    );
  return ops.sort((a, b) => a.key.localeCompare(b.key));
}
