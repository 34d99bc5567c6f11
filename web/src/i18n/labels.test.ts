// Every code the server publishes for the auditor's actions and for a proposal's history has a
// readable name in both languages. The codes are read from the server's OpenAPI document
// (kept equal to the server code by `npm run api:types:check`), so a new code fails here until named.
import { describe, expect, it } from 'vitest';
import spec from '../api/openapi.json';
import { addArea, translate, type Locale } from './index';
import { auditActions as auditActionNames } from './messages/auditActions';

addArea('auditActions', auditActionNames);

type Schema = { enum?: string[]; properties?: Record<string, Schema>; items?: Schema };
const doc = spec as unknown as {
  paths: Record<
    string,
    { get: { parameters?: { name: string; schema: Schema }[]; responses: Record<string, unknown> } }
  >;
};

const auditActions = doc.paths['/api/audit']!.get.parameters!.find((p) => p.name === 'action')!.schema.enum!;
const timelineKinds = (
  doc.paths['/api/proposals/{id}/timeline']!.get.responses['200'] as { content: Record<string, { schema: Schema }> }
).content['application/json']!.schema.properties!.items!.items!.properties!.action!.enum!;

const LOCALES: Locale[] = ['zh-CN', 'en-US'];
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

describe.each([
  ['audit action', 'auditActions', auditActions],
  ['timeline kind', 'auditActions', timelineKinds],
])('every %s has a label in both languages', (_what, area, codes) => {
  it('reads the codes from the API document', () => expect(codes.length).toBeGreaterThan(20));
  it.each(codes)('%s', (code) => {
    for (const locale of LOCALES) {
      const label = translate(locale, `${area}.${code}`);
      expect(label, `${locale} ${code}`).not.toBe(`${area}.${code}`);
      expect(label.trim().length).toBeGreaterThan(1);
      expect(hasHan(label), `${locale} ${code}: ${label}`).toBe(locale === 'zh-CN');
    }
  });
});
