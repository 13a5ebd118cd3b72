import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { createdTokenSchema, createTokenRequestSchema, tokenListSchema } from '@contract/tokens.ts';
import type { CreateTokenRequest } from '@contract/tokens.ts';
import { apiGet, apiSend } from '../../../lib/api-client.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { tokenKeys } from '../../../lib/query-keys.ts';

export type TokenOwnerFilter = 'me' | 'all';

/** GET /api/tokens: the signed-in person's tokens, or (admins) everybody's. Never a secret. */
export function tokensQueryOptions(owner: TokenOwnerFilter) {
  return queryOptions({
    queryKey: tokenKeys.list(owner),
    queryFn: ({ signal }) => apiGet(apiPath('/api/tokens', { owner }), tokenListSchema, { signal }),
  });
}

export function useTokens(owner: TokenOwnerFilter) {
  return useQuery(tokensQueryOptions(owner));
}

/** POST /api/tokens: the answer holds the secret, the only time it is ever shown. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTokenRequest) => apiSend('POST', '/api/tokens', createTokenRequestSchema.parse(request), createdTokenSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

/** DELETE /api/tokens/:id: the token stops working on every replica within a second. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/tokens/${encodeURIComponent(id)}`, undefined, z.unknown()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
