import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { chooseLanguage, currentLanguage, LANGUAGE_NAMES, LANGUAGES } from '../app/locale';
import { sharedStyles } from './shared-styles';

/**
 * The language switch in the header: one button per language, each named in its own language so
 * a person who cannot read the current one still finds theirs.
 */
@localized()
@customElement('fh-language-switch')
export class LanguageSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: inline-flex; gap: 0.4rem; align-items: center; }
      button { min-height: 2.75rem; padding: 0.35em 0.9em; }
      button[aria-pressed='true'] { background: #2b4a5c; border-color: #7fd3ff; font-weight: 700; }
    `,
  ];

  /** Remember the choice on this device (never on a kiosk). */
  @property({ attribute: false }) remember = true;

  override render() {
    const now = currentLanguage();
    return html`<span role="group" aria-label=${msg('Language')}>
      ${LANGUAGES.map(
        (lang) => html`<button lang=${lang} data-testid=${`language-${lang}`} aria-pressed=${now === lang ? 'true' : 'false'} @click=${() => void chooseLanguage(lang, { remember: this.remember })}>${LANGUAGE_NAMES[lang]}</button>`,
      )}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-language-switch': LanguageSwitch;
  }
}
