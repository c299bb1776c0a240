/**
 * The SSRF guard: may the service fetch this URL? A pure decision on the URL as the WHATWG URL
 * parser normalizes it (the same parser `fetch` uses), so every spelling of an IPv4 address
 * (2130706433, 0177.0.0.1, 0x7f.1, 127.1, full-width digits, percent-encoding, a trailing dot)
 * has already become a dotted quad, and IPv6 literals their compressed lower-case form.
 *
 * Refused: schemes other than http/https; user names or passwords in the URL; ports other than
 * 80/443 (unless listed in `allowedPorts`); loopback, private, link-local, unique-local, CGNAT,
 * cloud-metadata, "this network", multicast, documentation/benchmark and reserved addresses,
 * IPv6 forms that embed such an IPv4 address (IPv4-mapped, IPv4-translated, NAT64 64:ff9b::/96,
 * 6to4), host names `localhost`, `*.localhost`, `*.local`, `*.internal` (and a few other
 * private-use suffixes), and single-label host names (`http://intranet/`).
 *
 * `allowHosts` lists host names or IP literals (exact match, case-insensitive) that are trusted
 * anyway, on any port: e.g. `127.0.0.1` for local tests. Scheme and credential rules still apply.
 *
 * Not covered (cannot be, without DNS): a public host name whose DNS record points to a private
 * address. On Cloudflare Workers, fetch() cannot reach private networks anyway.
 */

export interface CheckOptions {
  allowHosts?: string[];
  allowedPorts?: number[];
}

export type CheckResult = { ok: true; url: URL } | { ok: false; reason: string };

/** Longest URL accepted (characters). Longer input is refused without parsing. */
export const MAX_URL_LENGTH = 8192;

const DEFAULT_PORTS = [80, 443];

/** Private-use / special host name suffixes, refused as the name itself or any subdomain. */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'localdomain', 'home.arpa', 'lan', 'intranet'];

export function checkUrl(input: string, options: CheckOptions = {}): CheckResult {
  if (typeof input !== 'string') return { ok: false, reason: 'URL must be a string' };
  if (input.length > MAX_URL_LENGTH) return { ok: false, reason: `URL is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'not a valid absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `scheme "${url.protocol.slice(0, -1).slice(0, 32)}" is not allowed (only http and https)` };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'URL must not contain credentials' };

  const hostname = url.hostname.toLowerCase();
  if (!hostname) return { ok: false, reason: 'URL has no host' };
  if (isAllowListed(hostname, options.allowHosts)) return { ok: true, url };

  if (url.port !== '') {
    const port = Number(url.port);
    const allowed = DEFAULT_PORTS.includes(port) || (options.allowedPorts ?? []).includes(port);
    if (!allowed) return { ok: false, reason: `port ${port} is not allowed` };
  }

  const reason = hostRefusal(hostname);
  return reason ? { ok: false, reason } : { ok: true, url };
}

function isAllowListed(hostname: string, allowHosts: string[] | undefined): boolean {
  if (!allowHosts || allowHosts.length === 0) return false;
  const bare = stripBrackets(hostname);
  for (const entry of allowHosts) {
    if (typeof entry !== 'string') continue;
    const e = entry.trim().toLowerCase();
    if (!e) continue;
    if (e === hostname || stripBrackets(e) === bare) return true;
  }
  return false;
}

const stripBrackets = (h: string) => (h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h);

/** Why this (lower-case, URL-normalized) host may not be fetched, or null when it may. */
export function hostRefusal(hostname: string): string | null {
  if (hostname.length > 255) return 'host name is too long';

  if (hostname.startsWith('[')) {
    if (!hostname.endsWith(']')) return 'invalid IPv6 address';
    const groups = parseIPv6(hostname.slice(1, -1));
    if (!groups) return 'invalid IPv6 address';
    const why = ipv6Refusal(groups);
    return why ? `address ${hostname} is ${why}` : null;
  }

  // The URL parser turns any host that ends in a number into an IPv4 address (or rejects it), but
  // parse every legacy spelling here too, so this function is safe on its own.
  let end = hostname.length;
  while (end > 0 && hostname[end - 1] === '.') end--;
  const name = hostname.slice(0, end);
  if (endsInNumber(name)) {
    const ip = parseIPv4(name);
    if (ip == null) return 'invalid IPv4 address';
    const why = ipv4Refusal(ip);
    return why ? `address ${formatIPv4(ip)} is ${why}` : null;
  }

  if (!name) return 'URL has no host';
  if (name.startsWith('.') || name.includes('..')) return `host "${truncate(name)}" has an empty label`;
  for (const suffix of PRIVATE_SUFFIXES) {
    if (name === suffix || name.endsWith('.' + suffix)) return `host "${truncate(name)}" is a local or private name`;
  }
  if (!name.includes('.')) return `host "${truncate(name)}" is a single-label (intranet) name`;
  return null;
}

const truncate = (s: string) => (s.length > 80 ? s.slice(0, 80) + '…' : s);

// ---------------------------------------------------------------------------------------------
// IPv4

function endsInNumber(host: string): boolean {
  const parts = host.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const last = parts[parts.length - 1] ?? '';
  if (last === '') return false;
  if (/^[0-9]+$/.test(last)) return true;
  return /^0x[0-9a-f]*$/i.test(last);
}

/** WHATWG IPv4 parsing (decimal, 0-octal, 0x-hex, 1–4 parts), as an unsigned 32-bit number. */
export function parseIPv4(host: string): number | null {
  const parts = host.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n == null) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= 256 ** (5 - nums.length)) return null;
  let ip = last;
  for (let i = 0; i < nums.length - 1; i++) ip += nums[i] * 256 ** (3 - i);
  return ip >>> 0;
}

function parseIPv4Number(part: string): number | null {
  if (part === '') return null;
  let digits = part;
  let radix = 10;
  if (digits.length >= 2 && (digits.startsWith('0x') || digits.startsWith('0X'))) {
    digits = digits.slice(2);
    radix = 16;
  } else if (digits.length >= 2 && digits.startsWith('0')) {
    digits = digits.slice(1);
    radix = 8;
  }
  if (digits === '') return 0;
  const valid = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  // Leading zeros do not change the value; anything longer than 12 significant digits is too big.
  const significant = digits.replace(/^0+/, '') || '0';
  if (significant.length > 12) return Number.MAX_SAFE_INTEGER;
  return parseInt(significant, radix);
}

const formatIPv4 = (ip: number) => [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

/** Special-purpose IPv4 blocks (IANA registry) that are never a public web server. */
const IPV4_BLOCKS: Array<[base: number, prefix: number, what: string]> = [
  [v4(0, 0, 0, 0), 8, '"this network" (0.0.0.0/8)'],
  [v4(10, 0, 0, 0), 8, 'private (10.0.0.0/8)'],
  [v4(100, 64, 0, 0), 10, 'shared address space / CGNAT (100.64.0.0/10)'],
  [v4(127, 0, 0, 0), 8, 'loopback (127.0.0.0/8)'],
  [v4(169, 254, 169, 254), 32, 'the cloud metadata service (169.254.169.254)'],
  [v4(169, 254, 0, 0), 16, 'link-local (169.254.0.0/16)'],
  [v4(172, 16, 0, 0), 12, 'private (172.16.0.0/12)'],
  [v4(192, 0, 0, 0), 24, 'IETF protocol assignments (192.0.0.0/24)'],
  [v4(192, 0, 2, 0), 24, 'documentation (192.0.2.0/24)'],
  [v4(192, 88, 99, 0), 24, '6to4 relay anycast (192.88.99.0/24)'],
  [v4(192, 168, 0, 0), 16, 'private (192.168.0.0/16)'],
  [v4(198, 18, 0, 0), 15, 'benchmarking (198.18.0.0/15)'],
  [v4(198, 51, 100, 0), 24, 'documentation (198.51.100.0/24)'],
  [v4(203, 0, 113, 0), 24, 'documentation (203.0.113.0/24)'],
  [v4(224, 0, 0, 0), 4, 'multicast (224.0.0.0/4)'],
  [v4(240, 0, 0, 0), 4, 'reserved (240.0.0.0/4, incl. broadcast)'],
];

/** Why an IPv4 address (unsigned 32-bit) is refused, or null when it is public. */
export function ipv4Refusal(ip: number): string | null {
  for (const [base, prefix, what] of IPV4_BLOCKS) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if (((ip & mask) >>> 0) === base) return what;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// IPv6

/** Eight 16-bit groups, or null. Accepts "::" compression and a trailing dotted IPv4 part. */
export function parseIPv6(text: string): number[] | null {
  if (text.length === 0 || text.length > 64) return null;
  const double = text.indexOf('::');
  if (double >= 0 && text.indexOf('::', double + 1) >= 0) return null;
  const split = (s: string) => (s === '' ? [] : s.split(':'));
  const head = double >= 0 ? split(text.slice(0, double)) : split(text);
  const tail = double >= 0 ? split(text.slice(double + 2)) : [];
  const parseGroups = (parts: string[], allowV4Last: boolean): number[] | null => {
    const out: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (allowV4Last && i === parts.length - 1 && p.includes('.')) {
        if (!/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(p)) return null;
        const octets = p.split('.').map(Number);
        if (octets.some((o) => o > 255)) return null;
        out.push((octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]);
        continue;
      }
      if (!/^[0-9a-f]{1,4}$/i.test(p)) return null;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const h = parseGroups(head, double < 0);
  const t = parseGroups(tail, true);
  if (!h || !t) return null;
  if (double < 0) return h.length === 8 ? h : null;
  const missing = 8 - h.length - t.length;
  if (missing < 1) return null;
  return [...h, ...new Array<number>(missing).fill(0), ...t];
}

const embeddedV4 = (hi: number, lo: number) => ((hi << 16) | lo) >>> 0;

/** Why an IPv6 address is refused, or null when it is public. */
export function ipv6Refusal(g: number[]): string | null {
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const viaV4 = (label: string, ip: number) => {
    const why = ipv4Refusal(ip);
    return why ? `${label} of ${formatIPv4(ip)}, which is ${why}` : null;
  };

  if (zero(0, 5)) {
    if (g[5] === 0xffff) return viaV4('IPv4-mapped', embeddedV4(g[6], g[7]));
    if (g[5] === 0) {
      if (g[6] === 0 && g[7] === 0) return 'unspecified (::)';
      if (g[6] === 0 && g[7] === 1) return 'loopback (::1)';
      return 'IPv4-compatible (deprecated, ::/96)';
    }
  }
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return viaV4('IPv4-translated', embeddedV4(g[6], g[7]));
  if (g[0] === 0x64 && g[1] === 0xff9b) {
    if (zero(2, 6)) return viaV4('NAT64', embeddedV4(g[6], g[7]));
    if (g[2] === 1) return 'local-use NAT64 (64:ff9b:1::/48)';
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique-local (fc00::/7)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  if (g[0] === 0x100 && zero(1, 4)) return 'discard-only (100::/64)';
  // Only global unicast (2000::/3) remains possible for a public server.
  if ((g[0] & 0xe000) !== 0x2000) return 'reserved (outside 2000::/3)';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation (2001:db8::/32)';
  if (g[0] === 0x2001 && g[1] < 0x200) return 'IETF special-purpose incl. Teredo (2001::/23)';
  if (g[0] === 0x2002) return viaV4('6to4', embeddedV4(g[1], g[2]));
  if (g[0] === 0x3fff && g[1] < 0x1000) return 'documentation (3fff::/20)';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The cache's URL key

/** Query parameters that only track the visitor; dropped from the cache key. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'gbraid', 'wbraid']);

const isTrackingParam = (name: string) => {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
};

/**
 * A canonical string for a URL, for the cache's URL index: lower-case host, no default port, no
 * fragment, no tracking parameters (utm_*, fbclid, gclid, …), remaining parameters sorted by
 * name (stable, so repeated names keep their order).
 */
export function normalizeUrl(url: URL): string {
  const u = new URL(url.href);
  u.hostname = u.hostname.toLowerCase();
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  u.hash = '';
  if (u.search) {
    const params = new URLSearchParams(u.search);
    const kept = new URLSearchParams();
    for (const [k, v] of params) if (!isTrackingParam(k)) kept.append(k, v);
    kept.sort();
    const q = kept.toString();
    u.search = q ? '?' + q : '';
  } else {
    u.search = '';
  }
  return u.href;
}
