// More address spellings for the SSRF decision function (decision only: nothing is requested),
// on top of test/service/url-guard.test.ts, and the port / allow-list settings as read from config.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/service/config';
import { checkUrl } from '../../src/service/url-guard';

const refused = (u: string, opts = {}) => {
  const r = checkUrl(u, opts);
  expect(r.ok, `${u} should be refused`).toBe(false);
};

describe('every spelling of a refused address', () => {
  it.each([
    // loopback IPv4
    'http://017700000001/', 'http://0x7F000001/', 'http://0X7f.0X0.0X0.0X1/', 'http://0177.0.0.01/', 'http://127.000.000.001/',
    'http://0x7f.0.1/', 'http://127.16777215/', 'http://2130706433./', 'http://%30x7f.1/', 'http://127%2E0%2E0%2E1/',
    'http://①②⑦.0.0.1/', 'http://127。0。0。1/', 'http://127．0．0．1/',
    // this network / unspecified
    'http://0.0.0.0:80/', 'http://0x0/', 'http://00000/', 'http://[::]:443/', 'http://[0:0:0:0:0:0:0:0]/',
    // IPv6 loopback and mapped forms
    'http://[::1]:80/', 'http://[0000:0000:0000:0000:0000:0000:0000:0001]/', 'http://[::0:1]/', 'http://[::ffff:127.1.2.3]/',
    'http://[::FFFF:7F00:1]/', 'http://[0::ffff:10.0.0.1]/', 'http://[::ffff:192.168.1.1]/', 'http://[::ffff:100.64.0.1]/',
    // link-local, metadata (AWS, GCP, Azure, Alibaba, Oracle), unique-local
    'http://169.254.169.254./', 'http://169.254.170.2/v2/credentials', 'http://0251.0376.0251.0376/', 'http://0xA9FEA9FE/',
    'http://metadata.google.internal./', 'http://metadata/', 'http://100.100.100.200/latest/meta-data/', 'http://192.0.0.192/',
    'http://[fe80::a9fe:a9fe]/', 'http://[FE80::1]/', 'http://[fd00::1]/', 'http://[fc12:3456::1]/', 'http://[fdff:ffff::]/',
    // localhost names
    'http://localhost.localdomain/', 'http://LOCALHOST./', 'http://api.localhost/', 'http://x.y.z.localhost./', 'http://localhost:443/',
    'http://ａｐｉ.localhost/', 'http://loCalhoSt/',
    // private networks
    'http://10.0.0.1:443/', 'http://012.0.0.1/', 'http://0xa.0.0.1/', 'http://172.16.0.1/', 'http://0xac100001/', 'http://192.168.0.1/',
    'http://3232235521/', 'http://[64:ff9b::192.168.0.1]/', 'http://[2002:a00:1::]/',
  ])('%s', (u) => refused(u));

  it('schemes other than http(s) and credentials, whatever the host', () => {
    for (const u of ['HTTPS://user@example.com/', 'http://a%40b@example.com/', 'ws://127.0.0.1/', 'wss://example.com/', 'view-source:http://example.com/', 'jar:http://example.com/!/', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:,x']) refused(u);
  });
});

describe('ports and allow-listed hosts from the settings', () => {
  it('FETCH_ALLOW_PORTS: numbers 1–65535 only; junk is ignored', () => {
    expect(readConfig({ FETCH_ALLOW_PORTS: '8080, 8443,x, 0, 70000, -1, 22 ' }).fetchAllowPorts).toEqual([8080, 8443, 22]);
    expect(readConfig({}).fetchAllowPorts).toEqual([]);
  });
  it('a configured port opens that port only, for public hosts only', () => {
    const { fetchAllowPorts: allowedPorts } = readConfig({ FETCH_ALLOW_PORTS: '8080' });
    expect(checkUrl('http://news.example:8080/a', { allowedPorts }).ok).toBe(true);
    refused('http://news.example:8081/a', { allowedPorts });
    refused('http://127.0.0.1:8080/', { allowedPorts });
    refused('http://10.0.0.1:8080/', { allowedPorts });
  });
  it('connect time limit, API key and rate-limit period settings have safe defaults', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ fetchConnectTimeoutMs: 5000, apiKey: null, rateLimitPeriodSeconds: 60 });
    expect(readConfig({ FETCH_CONNECT_TIMEOUT_MS: '0', RATE_LIMIT_PERIOD_SECONDS: 'x', API_KEY: ' k ' })).toMatchObject({ fetchConnectTimeoutMs: 5000, rateLimitPeriodSeconds: 60, apiKey: 'k' });
  });
});
