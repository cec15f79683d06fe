import { describe, expect, it } from 'vitest';
import { browserLanguage, formatLocaleFor } from './locale';

describe('browserLanguage', () => {
  it('takes the first of the browser languages that the app has, by its base language', () => {
    expect(browserLanguage(['es-ES', 'en-GB'])).toBe('es');
    expect(browserLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(browserLanguage(['en-US', 'es'])).toBe('en');
    expect(browserLanguage(['ES'])).toBe('es');
  });

  it('falls back to English when none is known', () => {
    expect(browserLanguage(['de-DE', 'fr'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});

describe('formatLocaleFor', () => {
  it("keeps the browser's own regional tag when it is in the language on screen", () => {
    expect(formatLocaleFor('en', ['en-GB', 'es'])).toBe('en-GB');
    expect(formatLocaleFor('es', ['en-GB', 'es-MX'])).toBe('es-MX');
    // Dates then follow that region: day before month in Britain, month first in the US.
    expect(new Date(2026, 4, 1).toLocaleDateString(formatLocaleFor('en', ['en-GB']), { day: 'numeric', month: 'short' })).toBe('1 May');
  });

  it('uses the bare language when the browser has none of that language (Spanish chosen with the switch)', () => {
    expect(formatLocaleFor('es', ['en-US', 'de'])).toBe('es');
    expect(formatLocaleFor('en', [])).toBe('en');
  });
});
