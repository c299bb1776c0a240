import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/engine/input/decode';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

// Sample words, encoded by hand.
// windows-1251: "Маяк" (lighthouse) — М=CC а=E0 я=FF к=EA; "ёж" — ё=B8 ж=E6.
const CP1251_MAYAK = [0xcc, 0xe0, 0xff, 0xea];
const CP1251_YOZH = [0xb8, 0xe6];
// shift_jis: "灯台の光" — 灯=93 94, 台=91 E4, の=82 CC, 光=8C F5.
const SJIS_TODAI = [0x93, 0x94, 0x91, 0xe4, 0x82, 0xcc, 0x8c, 0xf5];
// gbk: "灯塔" — 灯=B5 C6, 塔=CB FE.
const GBK_DENGTA = [0xb5, 0xc6, 0xcb, 0xfe];
// euc-kr: "등대" — 등=B5 EE, 대=B4 EB.
const EUCKR_DEUNGDAE = [0xb5, 0xee, 0xb4, 0xeb];

describe('decodeBytes: byte-order marks', () => {
  it('UTF-8 BOM wins over a contrary header and is stripped', () => {
    const r = decodeBytes(bytes([0xef, 0xbb, 0xbf], '<p>Fjord ', [0xc3, 0xa5], '</p>'), 'text/html; charset=windows-1251');
    expect(r).toEqual({ text: '<p>Fjord å</p>', charset: 'utf-8' });
  });
  it('UTF-16LE BOM', () => {
    const r = decodeBytes(bytes([0xff, 0xfe], [0x3c, 0, 0x70, 0, 0x3e, 0, 0x1f, 0x04, 0x30, 0x04]), null);
    expect(r).toEqual({ text: '<p>Па', charset: 'utf-16le' });
  });
  it('UTF-16BE BOM', () => {
    const r = decodeBytes(bytes([0xfe, 0xff], [0, 0x48, 0, 0x69, 0x6c, 0x34]), 'text/html; charset=iso-8859-1');
    expect(r).toEqual({ text: 'Hi水', charset: 'utf-16be' });
  });
});

describe('decodeBytes: Content-Type charset', () => {
  it('uses the header charset', () => {
    const r = decodeBytes(bytes('<p>', CP1251_MAYAK, '</p>'), 'text/html; charset=windows-1251');
    expect(r).toEqual({ text: '<p>Маяк</p>', charset: 'windows-1251' });
  });
  it('accepts quoted, upper-case and spaced parameters and WHATWG aliases', () => {
    expect(decodeBytes(bytes(CP1251_YOZH), 'text/html;Charset = "CP1251"').text).toBe('ёж');
    expect(decodeBytes(bytes('caf', [0xe9]), 'text/plain; format=flowed; charset=ISO-8859-1')).toEqual({
      text: 'café',
      charset: 'windows-1252',
    });
  });
  it('header beats meta', () => {
    const r = decodeBytes(bytes('<meta charset="utf-8"><p>', CP1251_MAYAK), 'text/html; charset=windows-1251');
    expect(r.charset).toBe('windows-1251');
    expect(r.text).toContain('Маяк');
  });
  it('a declared utf-8 with invalid bytes decodes with replacement characters', () => {
    expect(decodeBytes(bytes('a', [0xff], 'b'), 'text/html; charset=utf-8')).toEqual({ text: 'a\ufffdb', charset: 'utf-8' });
  });
  it('an unknown header label falls back to the next rule', () => {
    const r = decodeBytes(bytes('<meta charset="shift_jis"><p>', SJIS_TODAI), 'text/html; charset=klingon-8');
    expect(r.charset).toBe('shift_jis');
    expect(r.text).toContain('灯台の光');
  });
  it('a label meaning "replacement" is ignored', () => {
    expect(decodeBytes(utf8('<p>ok ✓</p>'), 'text/html; charset=iso-2022-kr')).toEqual({ text: '<p>ok ✓</p>', charset: 'utf-8' });
  });
});

describe('decodeBytes: in-document declarations', () => {
  it('<meta charset>', () => {
    const r = decodeBytes(bytes('<!doctype html><html><head><meta charset=shift_jis><title>', SJIS_TODAI, '</title>'));
    expect(r.charset).toBe('shift_jis');
    expect(r.text).toContain('<title>灯台の光</title>');
  });
  it('<meta http-equiv content-type>', () => {
    const html = bytes('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk"></head><p>', GBK_DENGTA);
    expect(decodeBytes(html, 'text/html')).toEqual({ text: expect.stringContaining('<p>灯塔'), charset: 'gbk' });
  });
  it('content= before http-equiv, single quotes', () => {
    const html = bytes("<meta content='text/html;charset=euc-kr' http-equiv='content-type'><p>", EUCKR_DEUNGDAE);
    expect(decodeBytes(html)).toEqual({ text: expect.stringContaining('등대'), charset: 'euc-kr' });
  });
  it('a content charset without http-equiv is ignored', () => {
    const html = bytes('<meta name="x" content="charset=windows-1251"><p>', CP1251_MAYAK);
    expect(decodeBytes(html).charset).toBe('windows-1252');
  });
  it('XML declaration', () => {
    const r = decodeBytes(bytes('<?xml version="1.0" encoding="windows-1251"?><html><p>', CP1251_MAYAK, '</p></html>'));
    expect(r).toEqual({ text: expect.stringContaining('<p>Маяк</p>'), charset: 'windows-1251' });
  });
  it('meta inside a comment, or in an attribute value, is not a declaration', () => {
    const html = bytes('<!-- <meta charset="windows-1251"> --><div title="<meta charset=gbk>"><p>', CP1251_MAYAK);
    expect(decodeBytes(html).charset).toBe('windows-1252');
  });
  it('a meta after the first 1024 bytes is not seen', () => {
    const html = bytes('<p>' + ' '.repeat(1100) + '<meta charset="windows-1251">', CP1251_MAYAK);
    expect(decodeBytes(html).charset).toBe('windows-1252');
  });
  it('meta charset=utf-16 means utf-8; unknown meta label falls through to UTF-8 detection', () => {
    expect(decodeBytes(utf8('<meta charset="utf-16"><p>Å</p>'))).toEqual({ text: '<meta charset="utf-16"><p>Å</p>', charset: 'utf-8' });
    expect(decodeBytes(utf8('<meta charset="no-such-thing"><p>Å</p>')).charset).toBe('utf-8');
    expect(decodeBytes(bytes('<meta charset="no-such-thing"><p>', CP1251_MAYAK)).charset).toBe('windows-1252');
  });
  it('the first usable meta wins', () => {
    const html = bytes('<meta charset="bogus"><meta charset="windows-1251"><meta charset="gbk"><p>', CP1251_MAYAK);
    expect(decodeBytes(html)).toEqual({ text: expect.stringContaining('Маяк'), charset: 'windows-1251' });
  });
});

describe('decodeBytes: detection', () => {
  it('valid UTF-8 without any declaration', () => {
    expect(decodeBytes(utf8('<p>Gdańsk — 灯台 — Маяк</p>'))).toEqual({ text: '<p>Gdańsk — 灯台 — Маяк</p>', charset: 'utf-8' });
  });
  it('invalid UTF-8 falls back to windows-1252', () => {
    expect(decodeBytes(bytes('Caf', [0xe9], ' cr', [0xe8], 'me ', [0x80]))).toEqual({ text: 'Café crème €', charset: 'windows-1252' });
  });
  it('undeclared windows-1251 bytes come out as windows-1252 (no guessing)', () => {
    expect(decodeBytes(bytes(CP1251_MAYAK))).toEqual({ text: 'Ìà\u00ffê', charset: 'windows-1252' });
  });
  it('empty input and odd content types', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', charset: 'utf-8' });
    expect(decodeBytes(utf8('x'), '')).toEqual({ text: 'x', charset: 'utf-8' });
    expect(decodeBytes(utf8('x'), ';;;charset=;charset')).toEqual({ text: 'x', charset: 'utf-8' });
    expect(decodeBytes(utf8('x'), 'text/html; charset=' + 'a'.repeat(100_000))).toEqual({ text: 'x', charset: 'utf-8' });
  });
  it('hostile prescan input does not throw or hang', () => {
    const junk = bytes('<'.repeat(300) + '<meta ' + '"'.repeat(300) + '<!--' + '<meta charset='.repeat(40));
    expect(decodeBytes(junk).charset).toBe('utf-8');
    const unterminated = bytes('<meta charset="windows-1251' + ' '.repeat(2000));
    expect(decodeBytes(unterminated).charset).toBe('utf-8');
  });
});
