import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, headless, with no network beyond what the pages ask for on loopback. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Logs into the admin through its form and returns the session's user_token. */
export async function login(
  page: Page,
  adminUrl: string,
  username: string,
  password: string,
): Promise<string> {
  await page.goto(`${adminUrl}index.php?route=common/login`);
  await page.fill('#input-username', username);
  await page.fill('#input-password', password);
  await Promise.all([page.waitForURL(/user_token=/), page.click('button[type=submit]')]);
  const token = new URL(page.url()).searchParams.get('user_token');
  if (!token) {
    throw new Error(`login as ${username} did not reach a page with a user_token: ${page.url()}`);
  }
  return token;
}

export function adminPage(adminUrl: string, token: string, route: string, extra = ''): string {
  return `${adminUrl}index.php?route=${route}&user_token=${token}${extra}`;
}

/**
 * Uploads a package through Extensions > Installer as a merchant does (the page opens a file chooser) and
 * returns the installer's final progress text.
 */
export async function uploadThroughInstaller(
  page: Page,
  adminUrl: string,
  token: string,
  zip: string,
): Promise<string> {
  await page.goto(adminPage(adminUrl, token, 'marketplace/installer'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#button-upload')]);
  await chooser.setFiles(zip);
  const progress = page.locator('#progress-text');
  await progress.filter({ hasText: /Success|Error|error|not allowed/ }).waitFor({ timeout: 60_000 });
  return ((await progress.textContent()) ?? '').trim();
}

const moduleRow = (page: Page) => page.locator('#extension tr', { hasText: 'MesChain Ozon' });

/** Extensions > Extensions > Modules, then the module's green Install button; waits for the Uninstall button. */
export async function installModule(page: Page, adminUrl: string, token: string): Promise<void> {
  await page.goto(adminPage(adminUrl, token, 'marketplace/extension', '&type=module'));
  await moduleRow(page).locator('a.btn-success[href*="extension=meschain_ozon"]').click();
  await moduleRow(page).locator('a.btn-danger[href*="extension=meschain_ozon"]').waitFor();
}

/** The red Uninstall button (confirming the browser dialog); waits for the Install button to come back. */
export async function uninstallModule(page: Page, adminUrl: string, token: string): Promise<void> {
  await page.goto(adminPage(adminUrl, token, 'marketplace/extension', '&type=module'));
  page.once('dialog', (dialog) => void dialog.accept());
  await moduleRow(page).locator('a.btn-danger[href*="extension=meschain_ozon"]').click();
  await moduleRow(page).locator('a.btn-success[href*="extension=meschain_ozon"]').waitFor();
}

/** Calls the module's proxy from inside the admin page, as the panel does, and returns status and body. */
export async function callProxy(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; contentType: string; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      // Runs in the page; the project compiles without DOM types, so the one call needed is typed here.
      const page = globalThis as unknown as {
        document: { getElementById(id: string): { dataset: Record<string, string | undefined> } | null };
      };
      const mount = page.document.getElementById('meschain-ozon-app');
      const base = mount?.dataset.proxyUrl ?? '';
      const init: RequestInit = { method, headers: { Accept: 'application/json' } };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
      }
      const response = await fetch(`${base}&path=${encodeURIComponent(path)}`, init);
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    },
    { method, path, body },
  );
}
