import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../client/lib/app-paths.ts';

describe('appPaths', () => {
  it.each([
    'org.apache.dubbo.demo.DemoService',
    'org.apache.dubbo.demo.DemoService:1.0.0',
    'gray/org.apache.dubbo.demo.DemoService:1.0.0',
    'a b/odd%name?x=1#frag:2',
  ])('a service key survives the router: %s', (key) => {
    const path = appPaths.service(key);
    expect(path.split('/')).toHaveLength(3);
    expect(matchPath('/services/:key', decodeForRouter(path))?.params.key).toBe(key);
  });

  it('encodes application names and the services-of-application filter', () => {
    expect(appPaths.application('order service')).toBe('/applications/order%20service');
    expect(appPaths.servicesOfApplication('a&b')).toBe('/services?app=a%26b');
  });

  it('links releases and the wizard with its preselection', () => {
    expect(appPaths.release('r-0000000003')).toBe('/releases/r-0000000003');
    expect(appPaths.newRelease()).toBe('/releases/new');
    expect(appPaths.newRelease('order app')).toBe('/releases/new?application=order+app');
    expect(appPaths.newRelease('shop', 'g/a.Svc:1')).toBe('/releases/new?application=shop&service=g%2Fa.Svc%3A1');
  });
});

/** What react-router does to a location's pathname before matching (decode each segment, keep %2F). */
function decodeForRouter(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
    .join('/');
}
