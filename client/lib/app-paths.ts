/**
 * Every in-app URL is built here, so features can link to each other's pages without importing
 * each other. Service keys (`group/iface:version`) contain `/` and `:`, hence encodeURIComponent.
 */
export const appPaths = {
  topology: '/topology',
  services: '/services',
  applications: '/applications',
  warnings: '/warnings',
  rules: '/rules',
  audit: '/audit',
  releases: '/releases',
  tokens: '/tokens',
  /** The API reference (the OpenAPI document, readable); not under /api, which is the server's. */
  reference: '/reference',
  login: '/login',
  rule: (node: string) => `/rules/${encodeURIComponent(node)}`,
  service: (key: string) => `/services/${encodeURIComponent(key)}`,
  application: (name: string) => `/applications/${encodeURIComponent(name)}`,
  release: (id: string) => `/releases/${encodeURIComponent(id)}`,
  /** The release wizard, the application (and service) preselected when given. */
  newRelease: (application?: string, service?: string) => {
    const query = new URLSearchParams();
    if (application) query.set('application', application);
    if (service) query.set('service', service);
    const search = query.toString();
    return search ? `/releases/new?${search}` : '/releases/new';
  },
  servicesOfApplication: (name: string) => `/services?${new URLSearchParams({ app: name }).toString()}`,
};
