import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DOCUMENT_PATH } from '../../scripts/openapi/write.js';

interface OpenApiOperation {
  readonly responses: Record<
    string,
    { readonly content?: Record<string, unknown>; readonly headers?: Record<string, unknown> }
  >;
}
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
}

/** The committed `docs/openapi.json`, as the API serves it. */
export const committedDocument = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as OpenApiDocument;

const DOCUMENT_ID = 'https://openapi.invalid/openapi.json';
// The document itself is the root, so `#/components/...` references resolve as in OpenAPI.
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
ajv.addSchema({ ...committedDocument, $id: DOCUMENT_ID });

const pointer = (...tokens: string[]) =>
  tokens.map((token) => token.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

const templates = Object.keys(committedDocument.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The document's path template for a concrete path (`/api/v1/cases/{caseId}`). */
export function documentedPath(path: string): string | undefined {
  return templates.find(({ pattern }) => pattern.test(path))?.template;
}

async function bodyOf(response: Response): Promise<unknown> {
  const bytes = Buffer.from(await response.clone().arrayBuffer());
  const text = (
    response.headers.get('content-encoding') === 'gzip' ? gunzipSync(bytes) : bytes
  ).toString('utf8');
  return JSON.parse(text);
}

/**
 * Fails unless `response` is an answer the document promises for `method` on `path`: a
 * documented status, its media type and headers, a body valid against its schema (a
 * problem's `type` among the ones documented for that status). An address the document
 * does not know must answer the API's 404 problem.
 */
export async function expectDocumentedAnswer(
  response: Response,
  method: string,
  path: string,
): Promise<void> {
  const where = `${method.toUpperCase()} ${path} → ${response.status}`;
  const template = documentedPath(path);
  const operation = template
    ? committedDocument.paths[template]?.[method.toLowerCase()]
    : undefined;
  if (!template || !operation) {
    const body = (await bodyOf(response)) as { type?: string };
    if (response.status !== 404 || body.type !== '/problems/not-found')
      throw new Error(`${where}: not in docs/openapi.json, yet not the API's 404 problem`);
    return;
  }
  const documented = operation.responses[String(response.status)];
  if (!documented) throw new Error(`${where}: status not documented in docs/openapi.json`);
  for (const header of Object.keys(documented.headers ?? {})) {
    if (!response.headers.has(header)) throw new Error(`${where}: header ${header} missing`);
  }
  const mediaTypes = Object.keys(documented.content ?? {});
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? null;
  if (mediaTypes.length === 0) {
    if (response.body !== null && (await response.clone().arrayBuffer()).byteLength > 0)
      throw new Error(`${where}: documented without a body, answered one (${contentType})`);
    return;
  }
  if (!contentType || !mediaTypes.includes(contentType))
    throw new Error(`${where}: ${contentType} answered, ${mediaTypes.join(' or ')} documented`);
  const ref = `${DOCUMENT_ID}#/${pointer('paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', contentType, 'schema')}`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`${where}: no schema at ${ref}`);
  const body = await bodyOf(response);
  if (!validate(body)) {
    throw new Error(
      `${where}: body does not match docs/openapi.json: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
}

type RequestFn = (
  input: string | URL | Request,
  init?: RequestInit,
  ...rest: never[]
) => Response | Promise<Response>;

/**
 * The app with every `/api/` answer of `app.request` checked against the document: route
 * tests wrap their app once and keep calling it as before.
 */
export function checkedAgainstDocument<App extends { request: RequestFn }>(app: App): App {
  const request = app.request.bind(app) as RequestFn;
  const checked: RequestFn = async (input, init, ...rest) => {
    const response = await request(input, init, ...rest);
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (url.pathname.startsWith('/api/'))
      await expectDocumentedAnswer(response, method, url.pathname);
    return response;
  };
  return new Proxy(app, {
    get: (target, property, receiver) =>
      property === 'request' ? checked : Reflect.get(target, property, receiver),
  });
}
