/**
 * The reference as a reader meets it: the TypeDoc site is built into a temporary folder and opened
 * in headless Chromium (Debian's `chromium`; `.ci/run` installs it where missing). The test follows
 * the navigation, opens the guides, runs searches, and saves screenshots in docs/screenshots/
 * (git-ignored) for a reviewer to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
const shots = join(root, 'docs', 'screenshots');
let work: string;
let site: string;
let context: BrowserContext;
let page: Page;

/** Categories of the navigation, in the order typedoc.json gives them. */
const CATEGORIES = ['Dates', 'States and membership', 'Chairmanship', 'Secretaries general and people', 'Meetings and attendance', 'Statements', 'The organization', 'Timeline', 'Vocabularies', 'Sources', 'Errors'];

const open = async (path: string) => {
  await page.goto(pathToFileURL(join(site, path)).href);
  await page.waitForLoadState('load');
};
const shoot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

/** Types `query` into the site's search and returns the titles of the results. */
async function search(query: string): Promise<string[]> {
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', query);
  await page.locator('#tsd-search-results li').first().waitFor({ timeout: 10_000 });
  return (await page.locator('#tsd-search-results li').allTextContents()).map((t) => t.trim());
}

// Runs wherever Chromium is installed, and always in CI (where .ci/run installs it).
describe.runIf(existsSync(CHROMIUM) || process.env['CI'] !== undefined)('the reference in a browser', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'csto-docs-'));
    site = join(work, 'site');
    execFileSync(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', site, '--logLevel', 'Error'], { cwd: root, stdio: 'pipe' });
    mkdirSync(shots, { recursive: true });
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('opens on the README, under the package name', async () => {
    await open('index.html');
    expect(await page.title()).toMatch(/csto-data/);
    expect(await page.textContent('h1, h2')).toBeTruthy();
    expect(await page.textContent('body')).toContain('Quickstart');
    await shoot('01-home');
  });

  it('groups the API by subject, in the order of typedoc.json', async () => {
    await open('modules/csto-data.html');
    const headings = (await page.locator('.col-content h2').allTextContents()).map((t) => t.trim());
    const seen = CATEGORIES.filter((c) => headings.includes(c));
    expect(seen).toEqual(CATEGORIES);
    await shoot('02-module-by-subject');
  });

  it('follows the navigation to a helper and shows its example', async () => {
    await open('modules/csto-data.html');
    await page.click('.col-content a:text-is("chairFor")');
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/functions\/csto-data\.chairFor\.html$/);
    expect(await page.textContent('body')).toContain("chairFor(2024)");
    await shoot('03-chairFor');
  });

  it('renders the guides as pages', async () => {
    for (const [file, heading] of [
      ['documents/Data_dictionary.html', 'Data dictionary'],
      ['documents/What_the_data_covers.html', 'What the data covers'],
      ['documents/Contributing_to_csto-data.html', 'Contributing to csto-data'],
    ] as const) {
      await open(file);
      expect(await page.textContent('.col-content h1')).toContain(heading);
      if (!file.includes('Contributing')) expect(await page.locator('.col-content table').count()).toBeGreaterThan(0);
    }
    await open('documents/Data_dictionary.html');
    await shoot('04-data-dictionary');
  });

  it('summarises the long id unions', async () => {
    await open('types/csto-data.SourceId.html');
    const text = (await page.textContent('.col-content')) ?? '';
    expect(text).toMatch(/\(\d+ in all\)/);
    expect(text.length).toBeLessThan(5_000);
    await shoot('05-SourceId');
  });

  it('finds the API and the guides in search', async () => {
    await open('index.html');
    expect((await search('chairFor')).join('\n')).toMatch(/chairFor/);
    await open('index.html');
    const armenia = await search('Armenia');
    expect(armenia.length).toBeGreaterThan(0);
    await shoot('06-search-armenia');
    await open('index.html');
    expect((await search('csv')).join('\n')).toMatch(/Data dictionary|Contributing/);
  });
});
