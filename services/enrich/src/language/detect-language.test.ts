import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    'Strike ends at Ford plant',
    'Apple unveils new iPhone',
    'Fed holds rates steady',
    'UN warns of famine in Sudan',
    'Trump wins Iowa caucus',
  ])('recognises headline-length English: %s', (text) => {
    expect(detectLanguage(text)?.code).toBe('en');
  });

  it('recognises long English with high confidence', () => {
    const text =
      'The central bank left interest rates unchanged on Wednesday, saying inflation had eased but remained ' +
      'above its target. Officials signalled that they were in no hurry to cut borrowing costs, and markets ' +
      'pared back bets on a reduction before the summer. Analysts said the decision had been widely expected.';
    const got = detectLanguage(text);
    expect(got?.code).toBe('en');
    expect(got?.confidence).toBeGreaterThan(0.8);
  });

  it.each([
    ['fr', 'Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites devant les députés.'],
    ['de', 'Die Regierung hat am Mittwoch ein neues Gesetz zum Klimaschutz beschlossen, das im Herbst in Kraft tritt.'],
    ['es', 'El Gobierno aprobó este lunes un paquete de medidas para contener la subida de los precios de la luz.'],
    ['it', 'Il governo ha approvato ieri la legge di bilancio dopo una lunga discussione in Parlamento.'],
    ['nl', 'Het kabinet heeft dinsdag nieuwe maatregelen aangekondigd om de woningnood aan te pakken.'],
    ['ru', 'Правительство утвердило новый бюджет на следующий год.'],
    ['zh', '国务院总理周二主持召开国务院常务会议。'],
    ['ar', 'أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الاقتصاد الوطني.'],
  ])('recognises %s', (code, text) => {
    expect(detectLanguage(text)?.code).toBe(code);
  });

  it('keeps short non-English headlines that carry their own function words', () => {
    expect(detectLanguage('Il governo approva la manovra economica')?.code).toBe('it');
    expect(detectLanguage('Kabinet presenteert nieuwe plannen voor woningbouw')?.code).toBe('nl');
    // "in" is German too: no evidence for English.
    expect(detectLanguage('Kanzler trifft Macron in Paris')?.code).toBe('de');
  });

  it('does not count capitalised name parts as function words', () => {
    expect(detectLanguage("Why Chris Von Erich isn't in 'The Iron Claw'")?.code).toBe('en');
  });

  it('returns null when there is no language to detect', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('12345 67 -- 89')).toBeNull();
  });

  it('gives a confidence in [0, 1]', () => {
    const c = detectLanguage('Storm kills three in Texas')?.confidence ?? -1;
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  });
});
