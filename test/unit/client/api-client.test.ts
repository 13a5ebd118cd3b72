import { describe, expect, it } from 'vitest';
import { ApiRequestError, errorFromResponse, shouldRetryRequest } from '../../../client/lib/api-client.ts';

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('errorFromResponse', () => {
  it("carries the server's error code, message and request id", async () => {
    const error = await errorFromResponse(
      jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'No service org.demo.Svc', requestId: 'r-1' } }),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'No service org.demo.Svc', requestId: 'r-1' });
    expect(error.isNotFound).toBe(true);
  });

  it('treats a gateway failure without an API body as an unreachable server', async () => {
    const error = await errorFromResponse(new Response('Bad Gateway', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'NETWORK_ERROR' });
    expect(error.isTransient).toBe(true);
  });

  it('names the status of any other unexpected answer', async () => {
    const error = await errorFromResponse(new Response('<html>', { status: 418, statusText: 'Teapot' }));
    expect(error).toMatchObject({ code: 'HTTP_418', message: 'Request failed (418 Teapot)' });
  });
});

describe('shouldRetryRequest', () => {
  const error = (status: number) => new ApiRequestError({ status, code: 'X', message: 'x' });
  it('retries unreachable and failing servers twice, never client errors', () => {
    expect(shouldRetryRequest(0, error(0))).toBe(true);
    expect(shouldRetryRequest(1, error(503))).toBe(true);
    expect(shouldRetryRequest(2, error(503))).toBe(false);
    expect(shouldRetryRequest(0, error(404))).toBe(false);
    expect(shouldRetryRequest(0, new Error('render bug'))).toBe(false);
  });
  it('leaves REGISTRY_UNAVAILABLE to the refetch that follows the registry coming back', () => {
    expect(shouldRetryRequest(0, new ApiRequestError({ status: 503, code: 'REGISTRY_UNAVAILABLE', message: 'x' }))).toBe(false);
  });
});
