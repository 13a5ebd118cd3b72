// Signing in, in a browser: a console in users mode (one person per role) sends every page to /login
// until someone signs in, says so inline when the password is wrong, lands on the page first asked for
// with the person and role in the header, offers a viewer the governance controls only disabled (with
// the reason), and signing out returns to /login. A console in local mode says so in the header instead.
// Screenshots land in test-artifacts/e2e/login-*.png.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { usersSecurity } from '../support/users-security.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { PEOPLE, personOf } from '../integration/security/team-console.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const servicePath = `/services/${encodeURIComponent(fx.DEMO)}`;

/** Polls until the page's path (and search) is `expected`. */
async function landsOn(page: Page, expected: string): Promise<void> {
  await page.waitForURL((url) => `${url.pathname}${url.search}` === expected);
}

async function signInAs(page: Page, name: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await form.getByRole('textbox', { name: 'User name' }).fill(name);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

describe.runIf(requireZooKeeper() && requireChromium())('signing in, in a browser', () => {
  const e2e = useSeededConsole('login', SHOW_MS, { security: () => usersSecurity(PEOPLE) });

  it('sends a signed-out browser to /login, refuses a wrong password inline, and lands on the page asked for', async () => {
    const page = e2e.page;
    await page.goto('/');
    await landsOn(page, '/login?next=%2Ftopology');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await saveScreenshot(page, 'login-page');

    const operator = personOf('operator');
    await page.goto(servicePath);
    await landsOn(page, `/login?${new URLSearchParams({ next: servicePath }).toString()}`);
    await signInAs(page, operator.name, 'not-the-password');
    await page.getByRole('alert').getByText('Wrong user name or password.').waitFor();
    expect(page.url()).toContain('/login');
    await saveScreenshot(page, 'login-wrong-password');

    // Focus is back in the (emptied) password field and Enter submits: the form works from the keyboard alone.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type(operator.password);
    await page.keyboard.press('Enter');
    await landsOn(page, servicePath);
    const header = page.getByRole('banner').first();
    await header.getByText(operator.name, { exact: true }).waitFor();
    await header.getByText('operator', { exact: true }).waitFor();
    await header.getByRole('link', { name: 'Tokens' }).waitFor();
    const providers = page.getByRole('table', { name: 'Providers' });
    const edit = rowWith(providers, '10.0.0.4:20880').getByRole('button', { name: /^Edit weight of 10\.0\.0\.4:20880/ });
    await expect.poll(() => edit.isEnabled(), { timeout: SHOW_MS }).toBe(true);
    await saveScreenshot(page, 'login-header-signed-in');
  });

  it('offers a viewer the governance controls only disabled, with the reason, and signs out to /login', async () => {
    const page = e2e.page;
    const viewer = personOf('viewer');
    await page.goto(`/login?next=${encodeURIComponent(servicePath)}`);
    await signInAs(page, viewer.name, viewer.password);
    await landsOn(page, servicePath);
    const header = page.getByRole('banner').first();
    await header.getByText('viewer', { exact: true }).waitFor();

    const row = rowWith(page.getByRole('table', { name: 'Providers' }), '10.0.0.4:20880');
    const edit = row.getByRole('button', { name: /^Edit weight of 10\.0\.0\.4:20880/ });
    const toggle = row.getByRole('button', { name: /^(Disable|Enable) 10\.0\.0\.4:20880$/ });
    await edit.waitFor();
    expect(await edit.isDisabled()).toBe(true);
    expect(await toggle.isDisabled()).toBe(true);
    expect(await edit.getAttribute('title')).toBe('Needs the operator role');
    expect(await row.getByRole('checkbox', { name: 'Select 10.0.0.4:20880' }).count()).toBe(0);
    await page.getByRole('note').getByText(/Needs the operator role to set weights/).waitFor();
    await edit.hover({ force: true });
    await saveScreenshot(page, 'login-viewer-disabled-control');

    await header.getByRole('button', { name: 'Sign out' }).click();
    await landsOn(page, '/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The session is gone: the page asked for sends back to the login page.
    await page.goto(servicePath);
    await landsOn(page, `/login?${new URLSearchParams({ next: servicePath }).toString()}`);
  });

  it('never follows a next= that leaves the console', async () => {
    const page = e2e.page;
    const admin = personOf('admin');
    await page.goto('/login?next=%2F%2Fevil.example%2Fpath');
    await signInAs(page, admin.name, admin.password);
    await page.waitForURL((url) => url.pathname === '/topology');
    expect(new URL(page.url()).host).toBe(new URL(e2e.switchboard.url).host);
  });

  it('creates an API token that is shown once and works as a Bearer token, then revokes it', async () => {
    const page = e2e.page;
    const operator = personOf('operator');
    await page.goto('/login?next=%2Ftokens');
    await signInAs(page, operator.name, operator.password);
    await landsOn(page, '/tokens');
    await page.locator('input[name="token-name"]').fill('deploy-bot');
    await page.locator('input[name="token-days"]').fill('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByLabel('Token secret').innerText()).trim();
    expect(secret).toMatch(/^sbt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    await page.getByText('it will not be shown again').waitFor();
    await page.getByRole('table', { name: 'API tokens' }).getByText('deploy-bot').waitFor();
    await saveScreenshot(page, 'login-token-created');
    const withToken = () => fetch(new URL('/api/services', e2e.switchboard.url), { headers: { authorization: `Bearer ${secret}` } });
    expect((await withToken()).status).toBe(200);

    await page.getByRole('button', { name: 'Revoke token deploy-bot' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('table', { name: 'API tokens' }).getByText('deploy-bot').waitFor({ state: 'detached' });
    await expect.poll(async () => (await withToken()).status).toBe(401);
    // Reloaded, the page lists the token no more and shows no secret.
    await page.reload();
    await page.getByRole('heading', { name: 'Create a token' }).waitFor();
    expect(await page.getByLabel('Token secret').count()).toBe(0);
  });
});

describe.runIf(requireZooKeeper() && requireChromium())('local mode, in a browser', () => {
  const e2e = useSeededConsole('login-local', SHOW_MS);

  it('says so in the header, and /login has nothing to sign in to', async () => {
    const page = e2e.page;
    await page.goto('/services');
    const badge = page.getByRole('banner').first().getByText('Local mode · local-operator (admin)');
    await badge.waitFor();
    expect(await badge.getAttribute('title')).toMatch(/No users file.*loopback/);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await badge.hover();
    await saveScreenshot(page, 'login-local-mode-badge');

    await page.goto('/login');
    await page.getByRole('heading', { name: 'Nothing to sign in to' }).waitFor();
    await page.getByRole('link', { name: 'Go to the console' }).click();
    await page.waitForURL((url) => url.pathname === '/topology');
  });
});
