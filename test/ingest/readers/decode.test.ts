import { describe, expect, it } from 'vitest';

import { charsetParameter, decodeBytes, detectEncoding } from '../../../src/ingest/readers/decode.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    const arabic = 'اللاجئون في ليبيا';
    expect(decodeBytes(Buffer.from(arabic), { kind: 'text' })).toBe(arabic);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(arabic)]);
    expect(decodeBytes(withBom, { kind: 'text' })).toBe(arabic);
    expect(detectEncoding(withBom, { kind: 'text' }).source).toBe('bom');
  });

  it('honours a UTF-16 BOM', () => {
    const text = '<rss>Notícias</rss>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeBytes(le, { kind: 'xml' })).toBe(text);
  });

  it('honours the XML prolog encoding', () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Últimas Notícias</title></rss>');
    expect(detectEncoding(bytes, { kind: 'xml' })).toEqual({ encoding: 'windows-1252', source: 'xml-prolog' });
    expect(decodeBytes(bytes, { kind: 'xml' })).toContain('Últimas Notícias');
  });

  it('honours <meta charset> and the http-equiv form in HTML', () => {
    const a = latin1('<html><head><meta charset="iso-8859-15"><title>Caf\xe9 \xa4</title></head></html>');
    expect(detectEncoding(a, { kind: 'html' })).toEqual({ encoding: 'iso-8859-15', source: 'html-meta' });
    expect(decodeBytes(a, { kind: 'html' })).toContain('Café €');
    const b = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>\xc7\xe1\xe1\xc7\xcc\xc6\xe6\xe4</p>');
    expect(decodeBytes(b, { kind: 'html' })).toContain('اللاجئون');
  });

  it('honours the HTTP charset over in-document declarations', () => {
    const bytes = latin1('<?xml version="1.0" encoding="windows-1256"?><t>M\xfcnchen</t>');
    expect(decodeBytes(bytes, { kind: 'xml', contentType: 'text/xml; charset="ISO-8859-1"' })).toContain('München');
  });

  it('takes valid UTF-8 as UTF-8 even when ISO-8859-1 is declared (no double decoding)', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Flüchtlinge</t>');
    expect(decodeBytes(bytes, { kind: 'xml', contentType: 'text/xml; charset=iso-8859-1' })).toContain('Flüchtlinge');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const bytes = latin1('<rss><title>Le Cercle Psy \x96 \x93psychologie\x94 et soci\xe9t\xe9</title></rss>');
    expect(detectEncoding(bytes, { kind: 'xml' }).source).toBe('fallback');
    // 0x93/0x94/0x96 are curly quotes and an en dash in windows-1252, controls in strict Latin-1.
    expect(decodeBytes(bytes, { kind: 'xml' })).toContain('Le Cercle Psy – “psychologie” et société');
  });

  it('ignores unknown or impossible labels', () => {
    const bytes = latin1('<?xml version="1.0" encoding="x-no-such-thing"?><t>caf\xe9</t>');
    expect(decodeBytes(bytes, { kind: 'xml' })).toContain('café');
    const utf16Lie = latin1('<meta charset="utf-16"><p>caf\xe9</p>');
    expect(decodeBytes(utf16Lie, { kind: 'html' })).toContain('café');
  });
});

describe('charsetParameter', () => {
  it('reads plain and quoted parameters', () => {
    expect(charsetParameter('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetParameter('application/rss+xml;charset="iso-8859-1"; q=1')).toBe('iso-8859-1');
    expect(charsetParameter('text/html')).toBeNull();
    expect(charsetParameter(null)).toBeNull();
  });
});
