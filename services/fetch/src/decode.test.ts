import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, normalizeCharsetLabel } from './charset-labels.js';
import { decodeBytes, metaCharset, utf8Stats } from './decode.js';

const enc = (text: string, charset: string): Uint8Array => new Uint8Array(iconv.encode(text, charset));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const RUSSIAN =
  'Президент России заявил журналистам, что переговоры продолжатся на следующей неделе в Москве. ' +
  'Министерство иностранных дел подтвердило эту информацию и добавило, что делегации уже согласовали повестку.';
const JAPANESE =
  '東京都は水曜日、新しい防災計画を発表した。計画では、大地震に備えて避難所の数を増やし、住民への情報提供を強化するという。' +
  '知事は記者会見で、来年度の予算に関連費用を盛り込む考えを示した。';
const CHINESE =
  '中国国家统计局周三公布的数据显示，今年前三个季度国内生产总值同比增长百分之五，消费和投资均有所回升。' +
  '分析人士认为，经济复苏的势头有望在第四季度延续。';
const KOREAN =
  '서울시는 수요일 새로운 대중교통 정책을 발표했다. 이번 정책은 버스와 지하철 요금을 동결하고 배차 간격을 줄이는 내용을 담고 있다. ' +
  '시장은 시민들의 부담을 덜기 위한 조치라고 설명했다.';
const FRENCH =
  'Le président a déclaré jeudi que la réforme des retraites serait présentée à l’Assemblée nationale à la fin de l’été, ' +
  'malgré l’opposition des syndicats. « Nous irons jusqu’au bout », a-t-il ajouté.';
const POLISH =
  'Prezydent powiedział w czwartek, że rząd przedstawi nową ustawę o ochronie środowiska. ' +
  'Opozycja krytykuje pośpiech i żąda szerokich konsultacji społecznych, a związkowcy zapowiadają protesty.';
const GREEK =
  'Ο πρωθυπουργός δήλωσε την Πέμπτη ότι η κυβέρνηση θα παρουσιάσει νέο νομοσχέδιο για την προστασία του περιβάλλοντος. ' +
  'Η αντιπολίτευση ζητά ευρεία διαβούλευση.';

describe('decodeBytes: BOM', () => {
  it('honours and strips a UTF-8 BOM even against a contrary header', () => {
    const r = decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Grüße aus Köln')), {
      contentType: 'text/plain; charset=iso-8859-1',
    });
    expect(r).toMatchObject({ text: 'Grüße aus Köln', charset: 'utf-8', rule: 'bom', confidence: 1 });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const text = 'Zürich — 東京 — Москва';
    const le = concat(new Uint8Array([0xff, 0xfe]), enc(text, 'utf-16le'));
    const be = concat(new Uint8Array([0xfe, 0xff]), enc(text, 'utf-16be'));
    expect(decodeBytes(le)).toMatchObject({ text, charset: 'utf-16le', rule: 'bom' });
    expect(decodeBytes(be)).toMatchObject({ text, charset: 'utf-16be', rule: 'bom' });
  });
});

describe('decodeBytes: declarations', () => {
  it('uses the HTTP header charset', () => {
    const r = decodeBytes(enc(RUSSIAN, 'windows-1251'), { contentType: 'text/html; charset=windows-1251' });
    expect(r).toMatchObject({ text: RUSSIAN, charset: 'windows-1251', rule: 'http-header' });
  });

  it('maps iso-8859-1/latin1/ascii labels to windows-1252 (WHATWG), so C1-range smart quotes decode', () => {
    const text = 'He said “hello” – it’s a café…';
    const r = decodeBytes(enc(text, 'windows-1252'), { contentType: 'text/html; charset="ISO-8859-1"' });
    expect(r).toMatchObject({ text, charset: 'windows-1252', rule: 'http-header' });
  });

  it('prefers the header over a <meta> that disagrees', () => {
    const html = `<html><head><meta charset="koi8-r"></head><body>${RUSSIAN}</body></html>`;
    const r = decodeBytes(enc(html, 'windows-1251'), { contentType: 'text/html;charset=cp1251' });
    expect(r.rule).toBe('http-header');
    expect(r.text).toContain(RUSSIAN);
  });

  it('reads <meta charset> in the document head', () => {
    const html = `<!doctype html><html><head><meta charset="Shift_JIS"><title>t</title></head><body><p>${JAPANESE}</p></body></html>`;
    const r = decodeBytes(enc(html, 'shift_jis'), { contentType: 'text/html' });
    expect(r).toMatchObject({ charset: 'shift_jis', rule: 'meta' });
    expect(r.text).toContain(JAPANESE);
  });

  it('reads <meta http-equiv="Content-Type" content="...; charset=..."> with attributes in any order', () => {
    const html = `<html><head><meta content='text/html; charset=gb2312' http-equiv=Content-Type></head><body>${CHINESE}</body></html>`;
    const r = decodeBytes(enc(html, 'gbk'), {});
    expect(r).toMatchObject({ charset: 'gbk', rule: 'meta' });
    expect(r.text).toContain(CHINESE);
  });

  it('ignores a <meta charset> inside a comment', () => {
    expect(metaCharset('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">')).toBe('utf-8');
  });

  it('reads the XML declaration encoding', () => {
    const xml = `<?xml version="1.0" encoding="KOI8-R"?>\n<rss version="2.0"><channel><title>${RUSSIAN}</title></channel></rss>`;
    const r = decodeBytes(enc(xml, 'koi8-r'), { contentType: 'application/rss+xml' });
    expect(r).toMatchObject({ charset: 'koi8-r', rule: 'xml-decl' });
    expect(r.text).toContain(RUSSIAN);
  });

  it('treats a UTF-16 label in <meta> of an ASCII-compatible document as UTF-8', () => {
    const r = decodeBytes(utf8('<meta charset="utf-16"><p>naïve café</p>'));
    expect(r).toMatchObject({ charset: 'utf-8', rule: 'meta', text: '<meta charset="utf-16"><p>naïve café</p>' });
  });

  it('ignores unknown labels and keeps looking', () => {
    const r = decodeBytes(utf8('Ünïcödé text'), { contentType: 'text/plain; charset=x-bogus-charset' });
    expect(r).toMatchObject({ charset: 'utf-8', rule: 'utf8-valid', text: 'Ünïcödé text' });
  });
});

describe('decodeBytes: wrongly declared charsets are overridden by the bytes', () => {
  it('declared ISO-8859-1 but valid multi-byte UTF-8 -> UTF-8', () => {
    const r = decodeBytes(utf8(FRENCH), { contentType: 'text/html; charset=iso-8859-1' });
    expect(r).toMatchObject({ text: FRENCH, charset: 'utf-8', rule: 'utf8-valid' });
  });

  it('<meta> declares windows-1251 but the page is UTF-8 -> UTF-8', () => {
    const html = `<meta charset="windows-1251"><p>${RUSSIAN}</p>`;
    expect(decodeBytes(utf8(html))).toMatchObject({ text: html, charset: 'utf-8', rule: 'utf8-valid' });
  });

  it('declared UTF-8 but the bytes are windows-1252 -> sniffed as windows-1252', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${FRENCH}</p></body></html>`;
    const r = decodeBytes(enc(html, 'windows-1252'), { contentType: 'text/html; charset=utf-8' });
    expect(r).toMatchObject({ text: html, charset: 'windows-1252', rule: 'sniff' });
  });

  it('keeps UTF-8 when a mostly-UTF-8 page has one stray byte, reading that byte as windows-1252', () => {
    const bytes = concat(utf8(`${RUSSIAN} ${FRENCH} `), new Uint8Array([0x93]), utf8('quoted'), new Uint8Array([0x94]), utf8(' end'));
    const r = decodeBytes(bytes, { contentType: 'text/html; charset=utf-8' });
    expect(r).toMatchObject({ charset: 'utf-8', rule: 'http-header', text: `${RUSSIAN} ${FRENCH} “quoted” end` });
    // without any declaration too: sniffing a legacy charset would garble the whole page
    expect(decodeBytes(bytes)).toMatchObject({ charset: 'utf-8', rule: 'utf8-valid', text: `${RUSSIAN} ${FRENCH} “quoted” end` });
  });

  it('does not override a declared Shift_JIS on a couple of bytes that happen to form UTF-8', () => {
    // "ﾃｩ" (half-width katakana) in Shift_JIS is 0xC3 0xA9, which is also UTF-8 for "é"
    const bytes = new Uint8Array([0x41, 0xc3, 0xa9, 0x42]);
    const r = decodeBytes(bytes, { contentType: 'text/plain; charset=shift_jis' });
    expect(r).toMatchObject({ charset: 'shift_jis', rule: 'http-header', text: 'AﾃｩB' });
  });
});

describe('decodeBytes: evidence without declarations', () => {
  it('valid UTF-8 -> utf8-valid with high confidence; pure ASCII is UTF-8 with less', () => {
    expect(decodeBytes(utf8(JAPANESE))).toMatchObject({ text: JAPANESE, charset: 'utf-8', rule: 'utf8-valid', confidence: 0.99 });
    expect(decodeBytes(utf8('plain ascii'))).toMatchObject({ charset: 'utf-8', rule: 'utf8-valid', confidence: 0.9 });
  });

  it('a UTF-8 sequence cut off by the end of the buffer does not make it invalid', () => {
    const bytes = utf8(`${FRENCH} é`).subarray(0, -1);
    expect(utf8Stats(bytes).valid).toBe(true);
    expect(decodeBytes(bytes).charset).toBe('utf-8');
  });

  it.each(['It’s raining.', 'Café society', 'Prices rose 5€ – a record.', '<p>Don’t panic</p>', 'Smørrebrød in København', 'Å'])(
    'decodes short windows-1252 text %j',
    (text) => {
      expect(decodeBytes(enc(text, 'windows-1252')).text).toBe(text);
    },
  );

  it('detects UTF-16LE without a BOM from the NUL pattern', () => {
    const r = decodeBytes(enc('<p>Hello, world. Grüße.</p>', 'utf-16le'));
    expect(r).toMatchObject({ text: '<p>Hello, world. Grüße.</p>', charset: 'utf-16le', rule: 'sniff' });
  });

  it.each([
    ['windows-1252 smart quotes', FRENCH, 'windows-1252'],
    ['windows-1250 Polish', POLISH, 'windows-1250'],
    ['windows-1251 Russian', RUSSIAN, 'windows-1251'],
    ['KOI8-R Russian', RUSSIAN, 'koi8-r'],
    ['ISO-8859-7 Greek', GREEK, 'iso-8859-7'],
    ['Shift_JIS Japanese', JAPANESE, 'shift_jis'],
    ['EUC-JP Japanese', JAPANESE, 'euc-jp'],
    ['GB18030 Chinese', CHINESE, 'gb18030'],
    ['EUC-KR Korean', KOREAN, 'euc-kr'],
  ])('sniffs %s', (_name, text, charset) => {
    const r = decodeBytes(enc(text, charset === 'shift_jis' ? 'cp932' : charset === 'euc-kr' ? 'cp949' : charset));
    expect(r.text).toBe(text);
    expect(r.charset).toBe(charset);
    expect(r.rule).toBe('sniff');
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});

describe('charset labels', () => {
  it('normalizes labels per the WHATWG Encoding spec', () => {
    expect(normalizeCharsetLabel('latin1')).toBe('windows-1252');
    expect(normalizeCharsetLabel('US-ASCII')).toBe('windows-1252');
    expect(normalizeCharsetLabel('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharsetLabel('iso-8859-9')).toBe('windows-1254');
    expect(normalizeCharsetLabel(' UTF8 ')).toBe('utf-8');
    expect(normalizeCharsetLabel('"Shift-JIS"')).toBe('shift_jis');
    expect(normalizeCharsetLabel('gb2312')).toBe('gbk');
    expect(normalizeCharsetLabel('ks_c_5601-1987')).toBe('euc-kr');
    expect(normalizeCharsetLabel('utf-16')).toBe('utf-16le');
    expect(normalizeCharsetLabel('iso-2022-kr')).toBeNull();
    expect(normalizeCharsetLabel('nonsense')).toBeNull();
  });

  it('extracts the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/html;charset="windows-1251"; foo=bar')).toBe('windows-1251');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});

describe('decodeBytes: server-default ISO-8859-1 header against the page own declaration', () => {
  it('uses the <meta> charset when it reads clearly better than windows-1252', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const r = decodeBytes(enc(html, 'windows-1251'), { contentType: 'text/html; charset=ISO-8859-1' });
    expect(r).toMatchObject({ text: html, charset: 'windows-1251', rule: 'meta' });
  });

  it('keeps the header when the page is Latin text the header decodes well', () => {
    const html = `<html><head><meta charset="iso-8859-2"></head><body><p>${FRENCH}</p></body></html>`;
    const r = decodeBytes(enc(html, 'windows-1252'), { contentType: 'text/html; charset=ISO-8859-1' });
    expect(r).toMatchObject({ text: html, charset: 'windows-1252', rule: 'http-header' });
  });
});
