import * as z from 'zod';
import { type Problem, problems } from '../../functions/http/problem.js';
import packageJson from '../../package.json' with { type: 'json' };
import { DOSSIER_FILES } from '../../shared/bucket-keys.js';
import { ID_PATTERN } from '../../shared/domain/ids.js';
import { StepId } from '../../shared/domain/steps.js';
import { type Answer, OPERATIONS, type Operation } from './operations.js';

type Json = Record<string, unknown>;

/** Schemas of path parameters, by name, wherever they appear. */
const PATH_PARAMETERS: Readonly<Record<string, z.ZodType>> = {
  caseId: z.string().regex(ID_PATTERN),
  stepId: StepId,
  evidenceId: z.string().regex(ID_PATTERN),
  witnessId: z.string().regex(ID_PATTERN),
  helperId: z.string().regex(ID_PATTERN),
  factId: z.string().regex(ID_PATTERN),
  reportId: z.string().regex(ID_PATTERN),
  version: z.number().int().min(1),
  name: z.enum(DOSSIER_FILES),
};

/**
 * A zod schema as JSON Schema 2020-12, OpenAPI 3.1's dialect. Requests are described as
 * sent (`input`: defaults make a field optional), answers as made (`output`). A date's
 * format says what its long regex says, so the regex is left out.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'date-time' || jsonSchema.format === 'date')
        delete jsonSchema.pattern;
    },
  }) as Json;
  return rest;
}

/** `/api/v1/cases/:caseId` → `/api/v1/cases/{caseId}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)/g, '{$1}');
}

const problemOf = {
  body: (maxBytes: number): Problem[] => [
    problems.notJson(),
    problems.tooLarge(maxBytes),
    problems.unsupportedMediaType(),
    problems.invalidFields([]),
  ],
  bearer: (): Problem[] => [
    problems.caseNotFound(),
    problems.tooManyRequests('wrong access tokens for this case'),
  ],
  any: (): Problem[] => [problems.internal()],
};

function problemAnswers(problemList: readonly Problem[]): Json {
  const byStatus = new Map<number, Map<string, string>>();
  for (const problem of problemList) {
    const types = byStatus.get(problem.status) ?? new Map<string, string>();
    types.set(problem.type, problem.title);
    byStatus.set(problem.status, types);
  }
  const answers: Json = {};
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    answers[status] = {
      description: [...types].map(([type, title]) => `\`${type}\`: ${title}`).join('; '),
      ...(status === 429 && { headers: { 'Retry-After': HEADERS['Retry-After'] } }),
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { properties: { type: { enum: [...types.keys()].sort() } } },
            ],
          },
        },
      },
    };
  }
  return answers;
}

const HEADERS = {
  Location: { description: 'Where the resource is', schema: { type: 'string' } },
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0 },
  },
} as const;

/**
 * The document's named schemas: each body is written once under `components/schemas` and
 * referred to by name, so a reader (or a client generator) sees `CaseView`, not a copy.
 */
class Components {
  readonly schemas: Record<string, Json> = {};
  readonly #names = new Map<z.ZodType, string>();

  /** `unique`: a schema of its own under this name, even if another name holds the same. */
  ref(schema: z.ZodType, io: 'input' | 'output', name: string, unique = false): Json {
    let named = unique ? undefined : this.#names.get(schema);
    if (!named) {
      named = name;
      for (let n = 2; named in this.schemas; n++) named = `${name}${n}`;
      this.schemas[named] = jsonSchema(schema, io);
      if (!unique) this.#names.set(schema, named);
    }
    return { $ref: `#/components/schemas/${named}` };
  }
}

const pascal = (words: string) =>
  words.replace(/(?:^|[-.])(\w)/g, (_match, letter: string) => letter.toUpperCase());

function answer(
  components: Components,
  op: Operation,
  status: string,
  { description, body, headers }: Answer,
): Json {
  const bodies = new Set(Object.values(op.answers).flatMap((other) => other.body ?? []));
  const name = `${pascal(op.operationId)}${bodies.size > 1 ? status : ''}Answer`;
  return {
    description,
    ...(headers && {
      headers: Object.fromEntries(headers.map((header) => [header, HEADERS[header]])),
    }),
    ...(body && {
      content: { 'application/json': { schema: components.ref(body, 'output', name) } },
    }),
  };
}

function requestBody(components: Components, op: Operation): Json | undefined {
  const body = op.body;
  if (!body) return undefined;
  if ('schema' in body) {
    return {
      required: true,
      description: `JSON, at most ${body.maxBytes} bytes.`,
      content: {
        'application/json': {
          schema: components.ref(body.schema, 'input', `${pascal(op.operationId)}Request`),
        },
      },
    };
  }
  const refs = Object.entries(body.schemas).map(
    ([value, schema]) =>
      [
        value,
        components.ref(
          schema,
          'input',
          `${pascal(body.parameter.replace(/Id$/, ''))}${pascal(value)}Body`,
          true,
        ),
      ] as const,
  );
  return {
    required: true,
    description: `JSON, at most ${body.maxBytes} bytes. Each \`${body.parameter}\` takes its own body: ${refs
      .map(([value, ref]) => `\`${value}\` → \`${String(ref.$ref).split('/').at(-1)}\``)
      .join(', ')}.`,
    content: { 'application/json': { schema: { anyOf: refs.map(([, ref]) => ref) } } },
  };
}

function operation(components: Components, op: Operation): Json {
  const parameters = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const schema = op.parameters?.[name as string] ?? PATH_PARAMETERS[name as string];
    if (!schema) throw new Error(`${op.path}: no schema for the path parameter ${name}`);
    return { name, in: 'path', required: true, schema: jsonSchema(schema, 'input') };
  });
  const problemList = [
    ...(op.problems ?? []),
    ...(op.body ? problemOf.body(op.body.maxBytes) : []),
    ...(op.bearer ? problemOf.bearer() : []),
    ...problemOf.any(),
  ];
  const body = requestBody(components, op);
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description && { description: op.description }),
    ...(op.bearer && { security: [{ accessToken: [] }] }),
    ...(parameters.length && { parameters }),
    ...(body && { requestBody: body }),
    responses: {
      ...Object.fromEntries(
        Object.entries(op.answers).map(([status, described]) => [
          status,
          answer(components, op, status, described),
        ]),
      ),
      ...problemAnswers(problemList),
    },
  };
}

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details.',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', description: 'Relative URI naming the kind of problem.' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, naming the field or header.' },
    instance: { type: 'string', description: 'The path of the request.' },
    errors: {
      type: 'array',
      description: 'For invalid fields: each field, by its JSON path, and what is wrong.',
      items: {
        type: 'object',
        required: ['field', 'detail'],
        properties: { field: { type: 'string' }, detail: { type: 'string' } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

/** The whole OpenAPI 3.1 document of `/api/v1`, built from the zod schemas. */
export function openApiDocument(operations: readonly Operation[] = OPERATIONS): Json {
  const paths: Record<string, Json> = {};
  const components = new Components();
  for (const op of operations) {
    const path = openApiPath(op.path);
    paths[path] = { ...paths[path], [op.method]: operation(components, op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Harassment dossier API',
      version: packageJson.version,
      description: `${packageJson.description} JSON under \`/api/v1\`; every error is an RFC 9457 \`application/problem+json\` naming the field or header. A wrong access token and an unknown case answer the same 404. Generated from the zod schemas by \`npm run openapi\`: do not edit by hand.`,
    },
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      securitySchemes: {
        accessToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The access token given when the case was opened.',
        },
      },
      schemas: { Problem: PROBLEM, ...components.schemas },
    },
  };
}
