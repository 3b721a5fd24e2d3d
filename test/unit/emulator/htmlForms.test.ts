import { links, metaRefresh, pageMessage, parseForms } from '../../../emulator/linking/htmlForms';
import { lengthOnly, preview, redact, redactText } from '../../../emulator/linking/redact';

describe('reading login and consent pages', () => {
  const consent = `<form method="post" action="/interaction/abc/consent?x=1&amp;y=2">
<input type="hidden" name="csrf" value="t&#x27;ok">
<button type="submit" name="decision" value="allow" class="primary">Allow</button>
<button type="submit" name="decision" value="deny">Don&#8217;t allow</button>
</form>`;

  it('finds the form, its hidden CSRF field and both buttons with their labels', () => {
    const [form] = parseForms(consent);
    expect(form?.action).toBe('/interaction/abc/consent?x=1&y=2');
    expect(form?.method).toBe('post');
    expect(form?.fields.map((f) => [f.type, f.name, f.value, f.label])).toEqual([
      ['hidden', 'csrf', "t'ok", "t'ok"],
      ['submit', 'decision', 'allow', 'Allow'],
      ['submit', 'decision', 'deny', 'Don’t allow'],
    ]);
  });

  it('reads the inline error of a failed login and the target of a meta refresh', () => {
    expect(pageMessage('<p class="error" id="e" role="alert">Wrong password.</p>')).toBe('Wrong password.');
    expect(metaRefresh('<meta http-equiv="refresh" content="2;url=https://x.example/cb?code=1&amp;state=2">')).toBe(
      'https://x.example/cb?code=1&state=2',
    );
    expect(links('<a id="continue" href="/next">Continue</a>')).toEqual(['/next']);
  });
});

describe('keeping tokens out of what is shown', () => {
  it('shows the first four characters and the length', () => {
    expect(preview('abcdefghij')).toBe('abcd…(10)');
    expect(lengthOnly('abcdefghij')).toBe('<redacted:10>');
    expect(lengthOnly(lengthOnly('abcdefghij'))).toBe('<redacted:10>');
  });

  it('masks secret keys anywhere in a structure and in form-encoded text', () => {
    const masked = redact({ context: { System: { user: { accessToken: 'secret-token' } } }, note: 'keep' }, lengthOnly);
    expect(masked).toEqual({ context: { System: { user: { accessToken: '<redacted:12>' } } }, note: 'keep' });
    expect(redactText('grant_type=refresh_token&refresh_token=abcdefgh&client_secret=xyz123')).toBe(
      'grant_type=refresh_token&refresh_token=abcd…(8)&client_secret=xyz1…(6)',
    );
  });
});
