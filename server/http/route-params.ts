/** What the API's path parameters are, for the route declarations (and so the OpenAPI document). */
export const PARAM = {
  serviceKey: 'Dubbo service key `[group/]interface[:version]`, percent-encoded',
  application: 'Application name',
  address: 'Provider instance address `ip:port`',
  ruleNode: 'Rule node name: a config-center node (`org.foo.Svc:1.0.0:g1.configurators`) or a legacy 2.6 child name, percent-encoded',
  releaseId: 'Gray release id',
  tokenId: 'API token id',
} as const;
