// Decision-function tests only: nothing here sends a request anywhere.
import { describe, expect, it } from 'vitest';
import { checkUrl, normalizeUrl } from '../../src/service/url-guard';

const refused = (u: string, opts = {}) => {
  const r = checkUrl(u, opts);
  expect(r.ok, `${u} should be refused`).toBe(false);
  return r.ok ? '' : r.reason;
};
const allowed = (u: string, opts = {}) => {
  const r = checkUrl(u, opts);
  expect(r.ok, `${u} should be allowed: ${r.ok ? '' : r.reason}`).toBe(true);
  return r.ok ? r.url : (null as never);
};

describe('checkUrl: ordinary public URLs', () => {
  it.each([
    'https://example.com/',
    'http://example.com/news/story?id=4',
    'https://www.lakeside-courier.example/2024/03/ferry.html',
    'https://EXAMPLE.com:443/a',
    'http://example.com:80/a',
    'https://münchen.example/straße',
    'https://example.com./trailing-dot',
    'http://8.8.8.8/',
    'http://1.1.1.1/',
    'http://93.184.216.34/',
    'http://172.15.255.255/', // just below 172.16/12
    'http://172.32.0.1/', // just above
    'http://100.63.255.255/', // just below CGNAT
    'http://100.128.0.1/', // just above
    'http://192.169.0.1/',
    'http://11.0.0.1/',
    'http://[2606:4700:4700::1111]/',
    'http://[2001:4860:4860::8888]/',
    'http://[::ffff:8.8.8.8]/', // IPv4-mapped public
    'http://[64:ff9b::808:808]/', // NAT64 of a public address
    'http://[2002:808:808::1]/', // 6to4 of a public address
  ])('%s', (u) => {
    allowed(u);
  });
  it('returns the parsed URL', () => {
    expect(allowed('  https://Example.COM/a?b=1#c ').href).toBe('https://example.com/a?b=1#c');
  });
});

describe('checkUrl: schemes, credentials, ports, malformed input', () => {
  it.each(['ftp://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'gopher://example.com/', 'ws://example.com/', 'blob:https://example.com/x'])(
    'scheme %s',
    (u) => expect(refused(u)).toMatch(/scheme/),
  );
  it.each(['https://user@example.com/', 'https://user:pw@example.com/', 'https://:pw@example.com/', 'http://127.0.0.1@example.com/'])(
    'credentials %s',
    (u) => expect(refused(u)).toMatch(/credentials/),
  );
  it('ports: default ones, or those listed', () => {
    expect(refused('http://example.com:8080/')).toMatch(/port 8080/);
    expect(refused('https://example.com:22/')).toMatch(/port 22/);
    expect(refused('http://example.com:6379/')).toMatch(/port/);
    allowed('https://example.com:8443/', { allowedPorts: [8443] });
    allowed('http://example.com:443/');
    allowed('https://example.com:80/');
  });
  it.each(['', 'not a url', '/relative/path', 'http://', 'http:///x', 'http://exa mple.com/', 'http://[::1/', 'http://a.b.c.1/', 'http://1.2.3.4.5/', 'http://256.0.0.1/', 'http://[1:2:3:4:5:6:7:8:9]/'])(
    'malformed %j',
    (u) => {
      refused(u);
    },
  );
  it('huge and odd input never throws', () => {
    expect(refused('https://example.com/' + 'a'.repeat(100_000))).toMatch(/longer/);
    refused('http://' + 'a.'.repeat(3000) + 'com/');
    refused('http://' + '0x'.repeat(1000) + '/');
    refused('http://\u0000\uffff\ud800/');
    expect(refused('http://a..example.com/')).toMatch(/empty label/);
    expect(refused('http://.example.com/')).toMatch(/empty label/);
    refused(undefined as unknown as string);
    refused({} as unknown as string);
    allowed('http://xn--nxasmq6b.example/');
    allowed('http://ουτοπία.example/');
  });
});

describe('checkUrl: private and special IPv4 addresses, in every spelling', () => {
  it.each([
    ['http://127.0.0.1/', /loopback/],
    ['http://127.255.255.254/', /loopback/],
    ['http://2130706433/', /loopback/], // decimal
    ['http://0177.0.0.1/', /loopback/], // octal
    ['http://0x7f.1/', /loopback/], // hex, short
    ['http://0x7f000001/', /loopback/],
    ['http://127.1/', /loopback/], // short
    ['http://127.0.1/', /loopback/],
    ['http://0177.00.00.01/', /loopback/],
    ['http://127.0.0.1./', /loopback/], // trailing dot
    ['http://%31%32%37.0.0.1/', /loopback/], // percent-encoded
    ['http://１２７.０.０.１/', /loopback/], // full-width digits
    ['http://127.0.0.1:8080/', /port|loopback/],
    ['http://0.0.0.0/', /this network/],
    ['http://0/', /this network/],
    ['http://0x/', /this network/],
    ['http://0.1.2.3/', /this network/],
    ['http://10.0.0.1/', /private/],
    ['http://10.255.255.255/', /private/],
    ['http://167772161/', /private/],
    ['http://172.16.0.1/', /private/],
    ['http://172.31.255.255/', /private/],
    ['http://192.168.1.1/', /private/],
    ['http://0xc0.0xa8.1.1/', /private/],
    ['http://100.64.0.1/', /CGNAT/],
    ['http://100.127.255.255/', /CGNAT/],
    ['http://100.100.100.200/', /CGNAT/], // a cloud metadata address inside CGNAT
    ['http://169.254.169.254/', /metadata/],
    ['http://169.254.169.254/latest/meta-data/', /metadata/],
    ['http://2852039166/', /metadata/],
    ['http://0xa9.0xfe.0xa9.0xfe/', /metadata/],
    ['http://169.254.0.1/', /link-local/],
    ['http://192.0.0.8/', /IETF/],
    ['http://192.0.2.1/', /documentation/],
    ['http://198.51.100.7/', /documentation/],
    ['http://203.0.113.9/', /documentation/],
    ['http://198.18.0.1/', /benchmarking/],
    ['http://192.88.99.1/', /6to4/],
    ['http://224.0.0.1/', /multicast/],
    ['http://239.255.255.250/', /multicast/],
    ['http://240.0.0.1/', /reserved/],
    ['http://255.255.255.255/', /reserved/],
    ['http://4294967295/', /reserved/],
  ])('%s', (u, why) => {
    expect(refused(u)).toMatch(why);
  });
});

describe('checkUrl: IPv6 literals', () => {
  it.each([
    ['http://[::1]/', /loopback/],
    ['http://[0:0:0:0:0:0:0:1]/', /loopback/],
    ['http://[::]/', /unspecified/],
    ['http://[::ffff:127.0.0.1]/', /IPv4-mapped.*loopback/],
    ['http://[::ffff:7f00:1]/', /IPv4-mapped.*loopback/],
    ['http://[0:0:0:0:0:ffff:7f00:0001]/', /IPv4-mapped.*loopback/],
    ['http://[::ffff:10.0.0.1]/', /IPv4-mapped.*private/],
    ['http://[::ffff:169.254.169.254]/', /metadata/],
    ['http://[::ffff:a9fe:a9fe]/', /metadata/],
    ['http://[::ffff:0:7f00:1]/', /IPv4-translated.*loopback/],
    ['http://[::127.0.0.1]/', /IPv4-compatible/],
    ['http://[::7f00:1]/', /IPv4-compatible/],
    ['http://[64:ff9b::127.0.0.1]/', /NAT64.*loopback/],
    ['http://[64:ff9b::a00:1]/', /NAT64.*private/],
    ['http://[64:ff9b::a9fe:a9fe]/', /NAT64.*metadata/],
    ['http://[64:ff9b:1::a00:1]/', /local-use NAT64/],
    ['http://[2002:7f00:1::]/', /6to4.*loopback/],
    ['http://[2002:c0a8:101::1]/', /6to4.*private/],
    ['http://[fc00::]/', /unique-local/],
    ['http://[fc00::1]/', /unique-local/],
    ['http://[fd12:3456:789a::1]/', /unique-local/],
    ['http://[fd00:ec2::254]/', /unique-local/], // AWS IPv6 metadata
    ['http://[fe80::]/', /link-local/],
    ['http://[fe80::1]/', /link-local/],
    ['http://[febf::1]/', /link-local/],
    ['http://[fec0::1]/', /site-local/],
    ['http://[ff02::1]/', /multicast/],
    ['http://[ff05::1:3]/', /multicast/],
    ['http://[100::1]/', /discard/],
    ['http://[2001:db8::1]/', /documentation/],
    ['http://[3fff::1]/', /documentation/],
    ['http://[2001::1]/', /Teredo/],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo/],
    ['http://[4000::1]/', /reserved/],
    ['http://[5f00::1]/', /reserved/],
    ['http://[::2]/', /IPv4-compatible/],
  ])('%s', (u, why) => {
    expect(refused(u)).toMatch(why);
  });
});

describe('checkUrl: local host names', () => {
  it.each([
    'http://localhost/',
    'http://LOCALHOST/',
    'http://localhost./',
    'http://localhost:3000/',
    'http://foo.localhost/',
    'http://a.b.localhost/',
    'http://printer.local/',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://service.internal/',
    'http://router.home.arpa/',
    'http://box.localdomain/',
    'http://nas.lan/',
    'http://intranet/',
    'http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/', // becomes "localhost"
    'http://LocalHost:80/',
  ])('%s', (u) => {
    expect(refused(u)).toMatch(/local|private|single-label|port/);
  });
  it('names that merely contain those words are fine', () => {
    allowed('https://localhost.example.com/');
    allowed('https://local.example.com/');
    allowed('https://internal-affairs.example/');
    allowed('https://mylocal.news/');
  });
});

describe('checkUrl: allowHosts', () => {
  it('an exact host match is trusted, on any port', () => {
    allowed('http://127.0.0.1:41234/story', { allowHosts: ['127.0.0.1'] });
    allowed('http://localhost:8787/', { allowHosts: ['LocalHost'] });
    allowed('http://10.0.0.1/', { allowHosts: [' 10.0.0.1 '] });
    allowed('http://[::1]:8080/', { allowHosts: ['::1'] });
    allowed('http://[::1]/', { allowHosts: ['[::1]'] });
  });
  it('matches the normalized host, so other spellings of an allowed IP are allowed too', () => {
    allowed('http://2130706433/', { allowHosts: ['127.0.0.1'] });
    allowed('http://127.1/', { allowHosts: ['127.0.0.1'] });
  });
  it('is exact: no subdomains, no other addresses', () => {
    refused('http://127.0.0.2/', { allowHosts: ['127.0.0.1'] });
    refused('http://a.localhost/', { allowHosts: ['localhost'] });
    refused('http://localhost/', { allowHosts: ['127.0.0.1'] });
    refused('http://[::1]/', { allowHosts: ['127.0.0.1'] });
    refused('http://127.0.0.1/', { allowHosts: ['', '127.0.0.*', 'http://127.0.0.1'] });
  });
  it('does not lift the scheme or credential rules', () => {
    refused('ftp://127.0.0.1/', { allowHosts: ['127.0.0.1'] });
    refused('http://u:p@127.0.0.1/', { allowHosts: ['127.0.0.1'] });
  });
});

describe('normalizeUrl', () => {
  const n = (u: string) => normalizeUrl(new URL(u));
  it('lower-cases the host, drops the default port and the fragment', () => {
    expect(n('HTTPS://News.Example.COM:443/Path/Story#comments')).toBe('https://news.example.com/Path/Story');
    expect(n('http://example.com:80/')).toBe('http://example.com/');
    expect(n('http://example.com:8080/#')).toBe('http://example.com:8080/');
  });
  it('drops tracking parameters and sorts the rest', () => {
    expect(n('https://example.com/a?z=1&utm_source=x&b=2&UTM_Medium=y&fbclid=abc&gclid=def&a=3')).toBe('https://example.com/a?a=3&b=2&z=1');
    expect(n('https://example.com/a?utm_campaign=spring')).toBe('https://example.com/a');
    expect(n('https://example.com/a?')).toBe('https://example.com/a');
  });
  it('keeps repeated parameters in their order, and equal URLs give equal keys', () => {
    expect(n('https://example.com/?b=2&a=1&b=1')).toBe('https://example.com/?a=1&b=2&b=1');
    expect(n('https://example.com/?q=a+b&id=7#x')).toBe(n('https://EXAMPLE.com/?id=7&q=a%20b&utm_source=rss'));
  });
  it('does not modify its argument', () => {
    const u = new URL('https://example.com/?utm_source=x#f');
    n(u.href);
    normalizeUrl(u);
    expect(u.href).toBe('https://example.com/?utm_source=x#f');
  });
});
