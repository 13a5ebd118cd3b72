import type { Principal } from '../../auth/principal.ts';
import { roleAtLeast } from '../../auth/route-access.ts';
import type { TokenDirectory, TokenRecord } from '../../auth/token-directory.ts';
import { type ApiToken, createTokenRequestSchema, type CreatedToken, createdTokenSchema, tokenListQuerySchema, type TokenList, tokenListSchema } from '../../contract/tokens.ts';
import { conflictError, DomainError, forbiddenError, notFoundError } from '../../errors/domain-error.ts';
import { apiRoute, type ApiRoute, VIEWER } from '../api-route.ts';
import type { HttpSecurity, UsersAuth } from '../auth-setup.ts';
import { emptyAnswer, jsonAnswer } from '../route-answers.ts';
import { PARAM } from '../route-params.ts';
import { principalOf, requestIdOf } from '../request-context.ts';

export interface TokenRouteDeps {
  readonly security: HttpSecurity;
  readonly log: { info(fields: object, message: string): void };
}

const DAY_MS = 86_400_000;
/** Signed-in people only: a token may not mint or manage tokens (it could outlive its own revocation). */
const SIGNED_IN = { min: 'viewer', interactive: true } as const;

/** API tokens for automation: create (the secret answered once), list, revoke. */
export function tokenRoutes(deps: TokenRouteDeps): ApiRoute[] {
  const { security, log } = deps;
  const tags = ['tokens'];
  const modeErrors = { 409: ['TOKENS_NEED_USERS'], 503: ['TOKENS_UNAVAILABLE'] };
  return [
    apiRoute(
      {
        method: 'post',
        path: '/tokens',
        access: SIGNED_IN,
        summary: 'Create an API token for yourself; the answer carries its secret, once',
        tags,
        body: createTokenRequestSchema,
        answers: [jsonAnswer(createdTokenSchema, 'The token; `token` is its secret (Authorization: Bearer <token>), shown only now', 201)],
        errors: modeErrors,
      },
      async (req, res, input) => {
        const { auth, tokens } = tokensOf(security);
        const user = signedIn(principalOf(res));
        const body = input.body();
        const now = security.clock();
        const expiresAt = body.expiresInDays === undefined ? null : new Date(now.getTime() + body.expiresInDays * DAY_MS);
        const { token, record } = await tokens.create({ owner: user.user, name: body.name, expiresAt }, now);
        log.info({ owner: record.owner, name: record.name, id: record.id, requestId: requestIdOf(res) }, 'API token created');
        const created: CreatedToken = { ...tokenView(auth, record), token };
        res.status(201).json(created);
      },
    ),
    apiRoute(
      {
        method: 'get',
        path: '/tokens',
        access: VIEWER,
        summary: 'Your API tokens (owner=all: everyone’s, admins only); never their secrets',
        tags,
        query: tokenListQuerySchema,
        answers: [jsonAnswer(tokenListSchema)],
        errors: { ...modeErrors, 403: ['FORBIDDEN'] },
      },
      async (_req, res, input) => {
        const { auth, tokens } = tokensOf(security);
        const principal = signedIn(principalOf(res));
        const { owner } = input.query();
        if (owner === 'all' && !roleAtLeast(principal.role, 'admin')) throw forbiddenError('FORBIDDEN', 'Only admins may list the tokens of others');
        const records = await tokens.list();
        const list: TokenList = { items: records.filter((r) => owner === 'all' || r.owner === principal.user).map((r) => tokenView(auth, r)) };
        res.json(list);
      },
    ),
    apiRoute(
      {
        method: 'delete',
        path: '/tokens/:id',
        access: SIGNED_IN,
        summary: 'Revoke an API token (your own; admins: anyone’s), on every replica within a second',
        tags,
        params: { id: PARAM.tokenId },
        answers: [emptyAnswer('Revoked')],
        errors: { ...modeErrors, 404: ['TOKEN_NOT_FOUND'] },
      },
      async (req, res) => {
        const { tokens } = tokensOf(security);
        const principal = signedIn(principalOf(res));
        const id = req.params['id'] ?? '';
        const record = (await tokens.list()).find((r) => r.id === id);
        // Someone else's token is as absent as an unknown one to a non-admin: ids are not to be probed.
        if (!record || (record.owner !== principal.user && !roleAtLeast(principal.role, 'admin')) || !(await tokens.revoke(id))) {
          throw notFoundError('TOKEN_NOT_FOUND', `No API token ${id}`);
        }
        log.info({ owner: record.owner, name: record.name, id: record.id, by: principal.user, requestId: requestIdOf(res) }, 'API token revoked');
        res.status(204).end();
      },
    ),
  ];
}

function tokensOf(security: HttpSecurity): { readonly auth: UsersAuth; readonly tokens: TokenDirectory } {
  const auth = security.auth;
  if (auth.mode === 'local') throw conflictError('TOKENS_NEED_USERS', 'API tokens need a users file (--users): in local mode there is no one to own them');
  if (!auth.tokens) throw new DomainError('unavailable', 'TOKENS_UNAVAILABLE', 'API tokens are not available on this console');
  return { auth, tokens: auth.tokens };
}

function signedIn(principal: Principal): Exclude<Principal, { kind: 'anonymous' }> {
  // The route's access already refused anonymous callers; this narrows the type.
  if (principal.kind === 'anonymous') throw forbiddenError('FORBIDDEN', 'Sign in first');
  return principal;
}

function tokenView(auth: UsersAuth, record: TokenRecord): ApiToken {
  return {
    id: record.id,
    name: record.name,
    owner: record.owner,
    role: auth.users.find(record.owner)?.role ?? null,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
  };
}
