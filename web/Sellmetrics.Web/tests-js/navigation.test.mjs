import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LANDING_PAGES, safeNext } from '../wwwroot/js/navigation.js';

const ORIGIN = 'https://app.sellmetrics.test';
const landing = (next) => safeNext(`?next=${encodeURIComponent(next)}`, ORIGIN);
const landingRaw = (query) => safeNext(query, ORIGIN);

describe('safeNext', () => {
  it('returns to a page of the site, with its query and fragment', () => {
    assert.equal(landing('/products.html'), '/products.html');
    assert.equal(landing('/settings.html?mfa=required#mfa'), '/settings.html?mfa=required#mfa');
    assert.equal(landing('/dashboard.html?from=2026-01-01&to=2026-01-31'), '/dashboard.html?from=2026-01-01&to=2026-01-31');
    assert.equal(landing(`${ORIGIN}/costs.html`), '/costs.html');
  });

  it('lands on the dashboard without next, or with next naming sign-in, sign-up or an unknown path', () => {
    assert.equal(landingRaw(''), '/dashboard.html');
    assert.equal(landingRaw('?next='), '/dashboard.html');
    for (const next of ['/sign-in.html', '/sign-up.html?next=/costs.html', '/', '/api/account', '/no-such-page.html', '/lib/chart.umd.js']) {
      assert.equal(landing(next), '/dashboard.html', next);
    }
  });

  it('never leaves the origin, whatever the browser would strip or rewrite', () => {
    const attacks = [
      '//evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example/dashboard.html',
      '\t//evil.example/dashboard.html',
      '/\\evil.example',
      '\\\\evil.example/dashboard.html',
      '/\\/evil.example/products.html',
      'https://evil.example/dashboard.html',
      'http://app.sellmetrics.test/dashboard.html',
      'https://app.sellmetrics.test.evil.example/dashboard.html',
      'https://app.sellmetrics.test@evil.example/dashboard.html',
      '//evil.example/dashboard.html',
      '///evil.example/dashboard.html',
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)//dashboard.html',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'evil.example/dashboard.html',
    ];
    for (const next of attacks) {
      const target = landing(next);
      assert.equal(new URL(target, ORIGIN).origin, ORIGIN, JSON.stringify(next));
      assert.ok(LANDING_PAGES.includes(new URL(target, ORIGIN).pathname), JSON.stringify(next));
    }
    assert.equal(landing('/\t/evil.example'), '/dashboard.html');
    assert.equal(landing('javascript:alert(document.cookie)'), '/dashboard.html');
  });

  it('refuses the encoded forms the probe used, decoded once or twice', () => {
    for (const query of ['?next=%2F%09%2Fevil.example', '?next=%2F%0A%2Fevil.example', '?next=%2F%5Cevil.example',
      '?next=%2F%2Fevil.example', '?next=%252F%252Fevil.example', '?next=%09%2F%2Fevil.example%2Fdashboard.html',
      '?next=javascript%3Aalert(1)', '?next=https%3A%2F%2Fevil.example%2Fdashboard.html']) {
      assert.equal(landingRaw(query), '/dashboard.html', query);
    }
  });
});

describe('LANDING_PAGES', () => {
  it('lists every page of the site except those a signed-out visitor lands on', () => {
    const pages = readdirSync(new URL('../wwwroot/', import.meta.url))
      .filter((file) => file.endsWith('.html') && !['sign-in.html', 'sign-up.html', 'verify-email.html'].includes(file))
      .map((file) => `/${file}`);
    assert.deepEqual([...LANDING_PAGES].sort(), pages.sort());
  });
});
