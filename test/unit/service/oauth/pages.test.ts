import { describe, expect, it } from '@jest/globals';
import { CATALOGS } from '../../../../service/oauth/i18n';
import { en } from '../../../../service/oauth/i18n/en';
import { consentPage } from '../../../../service/oauth/pages/consentPage';
import { errorPage } from '../../../../service/oauth/pages/errorPage';
import { linkedPage } from '../../../../service/oauth/pages/linkedPage';
import { loginPage } from '../../../../service/oauth/pages/loginPage';

describe('pages', () => {
  it('escape every interpolated value', () => {
    const evil = '"><script>alert(1)</script>';
    const html = [
      loginPage(en, { action: '/interaction/x/login', csrf: evil, email: evil, error: evil }),
      consentPage(en, { action: '/interaction/x/consent', csrf: 't', riderName: evil, scopes: ['profile'] }),
      errorPage(en, 'invalidRequest', evil, evil),
      linkedPage(en, `https://pitangui.amazon.com/api/skill/link/X?code=a&state=${evil}`, 2),
    ].join('\n');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('label every input and tie the inline error to the fields', () => {
    const html = loginPage(en, { action: '/a', csrf: 't', error: en.invalidCredentials });
    expect(html).toContain('<label for="email">');
    expect(html).toContain('<label for="password">');
    expect(html).toContain('id="email"');
    expect(html).toContain('aria-describedby="form-error"');
    expect(html).toContain('role="alert"');
    expect(html.indexOf('id="email"')).toBeLessThan(html.indexOf('id="password"'));
    expect(html.indexOf('id="password"')).toBeLessThan(html.indexOf('type="submit"'));
  });

  it('render in every language with the right lang attribute and scope texts', () => {
    for (const catalog of Object.values(CATALOGS)) {
      const html = consentPage(catalog, {
        action: '/c',
        csrf: 't',
        riderName: 'Alex',
        scopes: ['profile', 'rides:read', 'rides:write'],
      });
      expect(html).toContain(`<html lang="${catalog.lang}"`);
      for (const text of [catalog.scopeProfile, catalog.scopeRidesRead, catalog.scopeRidesWrite])
        expect(html).toContain(text.replaceAll("'", '&#39;'));
    }
  });

  it('the linked page forwards by meta refresh and a #continue link, with & escaped', () => {
    const html = linkedPage(en, 'https://layla.amazon.com/api/skill/link/X?code=abc&state=s', 2);
    expect(html).toContain(
      '<meta http-equiv="refresh" content="2;url=https://layla.amazon.com/api/skill/link/X?code=abc&amp;state=s">',
    );
    expect(html).toContain(
      '<a id="continue" class="button primary" href="https://layla.amazon.com/api/skill/link/X?code=abc&amp;state=s">',
    );
  });
});
