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
  rule: (node: string) => `/rules/${encodeURIComponent(node)}`,
  service: (key: string) => `/services/${encodeURIComponent(key)}`,
  application: (name: string) => `/applications/${encodeURIComponent(name)}`,
  servicesOfApplication: (name: string) => `/services?${new URLSearchParams({ app: name }).toString()}`,
};
