import { matchesSelector, parseSelector } from '../../../emulator/linking/selectors';

const field = (tag: string, attributes: Record<string, string>) => ({ tag, attributes });

describe('the form filler’s selectors', () => {
  it.each([
    ['input[name=email]', field('input', { name: 'email', type: 'text' }), true],
    ['input[name=email]', field('input', { name: 'user' }), false],
    ['input[name="e mail"]', field('input', { name: 'e mail' }), true],
    ["[data-testid='allow']", field('button', { 'data-testid': 'allow' }), true],
    ['#pw', field('input', { id: 'pw', type: 'password' }), true],
    ['button#allow.primary', field('button', { id: 'allow', class: 'button primary' }), true],
    ['button#allow.primary', field('button', { id: 'allow', class: 'button' }), false],
    ['.login-submit', field('button', { class: 'login login-submit' }), true],
    ['button[value]', field('button', { value: 'yes' }), true],
    ['button[value]', field('button', {}), false],
    ['BUTTON', field('button', {}), true],
    ['input', field('button', {}), false],
  ])('%s against %j: %s', (selector, element, matches) => {
    expect(matchesSelector(parseSelector(selector), element)).toBe(matches);
  });

  it.each([
    ['', /is empty/],
    ['form input[name=email]', /cannot be read from " input\[name=email\]" on/],
    ['input > button', /cannot be read from " > button" on/],
    ['button:first-child', /cannot be read from ":first-child" on/],
    ['input[name=email', /cannot be read from "\[name=email" on/],
  ])('refuses %j and says what it understands', (selector, why) => {
    expect(() => parseSelector(selector)).toThrow(why);
    expect(() => parseSelector(selector)).toThrow(/use one element's tag, #id, \.class, \[attr\] or \[attr=value\]/);
  });
});
