import { describe, expect, it } from 'vitest';
import { browserLanguage } from './locale';

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
