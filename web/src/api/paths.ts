// Types of the API's operations, read from the generated `paths` (schema.d.ts, made by
// `npm run api:types` from the server's OpenAPI document): what a path takes and answers.
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The paths that have an operation for this method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = Exclude<paths[P][M], undefined>;

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** What a successful call answers (the JSON of its 2xx response; undefined for 204). */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? { [S in keyof R & SuccessStatus]: S extends 204 ? undefined : Json<R[S]> }[keyof R & SuccessStatus]
    : never;

/** The JSON body an operation takes. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<Exclude<B, undefined>> : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Exclude<Q, undefined> : never;

type BodyPart<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: never };

/** A call's parameters, as the document declares them: `path` (required where the path has
 *  placeholders), `query`, and the JSON `body`. */
export type RequestOptions<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: infer X }
    ? Pick<X, 'path' & keyof X> & Pick<X, 'query' & keyof X> & BodyPart<Operation<P, M>>
    : never;

/** The options as a rest argument: optional when nothing in them is required. */
export type OptionsArg<P extends keyof paths, M extends Method> =
  Record<never, never> extends RequestOptions<P, M>
    ? [options?: RequestOptions<P, M>]
    : [options: RequestOptions<P, M>];

/** Query parameters read from the address bar: text, which the server's schemas coerce and
 *  check like any other input. The names are checked against the operation's parameters. */
export function addressQuery<P extends keyof paths>(
  _path: P,
  values: Partial<Record<keyof QueryOf<P>, string>>,
): QueryOf<P> {
  return values as QueryOf<P>;
}

/** The path with its `{name}` placeholders filled in. */
export function fillPath(path: string, values?: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}
