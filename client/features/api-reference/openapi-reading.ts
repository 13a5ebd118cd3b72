/**
 * The parts of the console's OpenAPI 3.1 document (`GET /api/openapi.json`, built by server/http/openapi/)
 * that the API reference page reads, as a zod schema. The document is not part of server/contract: this is
 * a reading schema, loose on purpose — fields the page does not show are ignored, and JSON Schema objects
 * are kept as plain records for schema-ref.ts and field-tree.ts to walk.
 */
import { z } from 'zod';

export type JsonSchema = Readonly<Record<string, unknown>>;
const jsonSchema = z.record(z.string(), z.unknown());

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const parameterSchema = z.object({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: jsonSchema.optional(),
});
export type OpenApiParameter = z.output<typeof parameterSchema>;

const contentSchema = z.record(z.string(), z.object({ schema: jsonSchema.optional() }));

const responseSchema = z.object({
  description: z.string().optional(),
  content: contentSchema.optional(),
  'x-switchboard-error-codes': z.array(z.string()).optional(),
});
export type OpenApiResponse = z.output<typeof responseSchema>;

export const MIN_ROLES = ['public', 'viewer', 'operator', 'admin'] as const;

const accessSchema = z.object({
  minRole: z.enum(MIN_ROLES),
  interactiveOnly: z.boolean(),
  csrf: z.enum(['token', 'origin-only', 'none']),
});
export type OperationAccess = z.output<typeof accessSchema>;

const operationSchema = z.object({
  operationId: z.string(),
  summary: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).default([]),
  parameters: z.array(parameterSchema).default([]),
  requestBody: z.object({ required: z.boolean().optional(), content: contentSchema }).optional(),
  responses: z.record(z.string(), responseSchema),
  /** Alternatives, any one of which suffices; `{}` = no credentials needed. */
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  'x-switchboard-access': accessSchema.optional(),
});
export type OpenApiOperation = z.output<typeof operationSchema>;

const pathItemSchema = z.object(Object.fromEntries(HTTP_METHODS.map((method) => [method, operationSchema.optional()])) as Record<HttpMethod, z.ZodOptional<typeof operationSchema>>);

const securitySchemeSchema = z.object({
  type: z.string(),
  in: z.string().optional(),
  name: z.string().optional(),
  scheme: z.string().optional(),
  bearerFormat: z.string().optional(),
  description: z.string().optional(),
});
export type OpenApiSecurityScheme = z.output<typeof securitySchemeSchema>;

export const openApiDocumentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string(), description: z.string().optional() }),
  tags: z.array(z.object({ name: z.string(), description: z.string().optional() })).default([]),
  paths: z.record(z.string(), pathItemSchema),
  components: z
    .object({
      schemas: z.record(z.string(), jsonSchema).default({}),
      securitySchemes: z.record(z.string(), securitySchemeSchema).default({}),
    })
    .default({ schemas: {}, securitySchemes: {} }),
});
export type OpenApiDocument = z.output<typeof openApiDocumentSchema>;
export type SchemaComponents = OpenApiDocument['components']['schemas'];
