// GraphiQL (/graphiql) in headless chromium as on a machine without internet: every request to another origin
// than GapLens is blocked. The page must load all it needs from GapLens, and a query run in it, with the key in its
// Headers tab, must show the answer the API gives to the same query.
//
//   GAPLENS_URL, GAPLENS_KEY_FILE, CHROMIUM: set by ui-test/run.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const base = process.env.GAPLENS_URL;
const key = readFileSync(process.env.GAPLENS_KEY_FILE, 'utf8').trim();
const TIMEOUT = 90_000;
const QUERY = '{ brands(first: 5) { edges { node { id name } } } }';

const steps = [];
async function step(name, run) {
  const started = Date.now();
  await run();
  steps.push(name);
  console.log(`  ok  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The CodeMirror editor inside the element `selector` (GraphiQL 2 keeps the instance on its element).
const editor = (page, selector) => ({
  set: (text) => page.locator(`${selector} .CodeMirror`).evaluate((element, value) => element.CodeMirror.setValue(value), text),
  get: () => page.locator(`${selector} .CodeMirror`).evaluate((element) => element.CodeMirror.getValue()),
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, headless: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step('GraphiQL loads with every other origin blocked', async () => {
    const response = await page.goto(`${base}/graphiql`);
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).search, '?path=/graphql');
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
    assert.equal(await page.locator('.loading').count(), 0);
  });

  await step('a query run in it with the key in its Headers tab shows the answer of the API', async () => {
    await editor(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)').set(JSON.stringify({ Authorization: `Bearer ${key}` }));
    await editor(page, '.graphiql-query-editor').set(QUERY);
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window .CodeMirror');
    await result.filter({ hasText: '"data"' }).waitFor();
    const shown = JSON.parse(await editor(page, '.result-window').get());

    const direct = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: QUERY }),
    }).then((r) => r.json());
    assert.equal(shown.errors, undefined, JSON.stringify(shown.errors));
    assert.deepEqual(shown.data, direct.data);
    assert.deepEqual(shown.data.brands.edges.map((e) => e.node.name), ['Maison Lumen']);
  });

  await step('the page asked nothing of another origin and threw no error', async () => {
    assert.deepEqual(blocked, []);
    assert.deepEqual(pageErrors, []);
  });
} finally {
  await browser.close();
}
console.log(`ui-test: GraphiQL, ${steps.length} steps passed`);
