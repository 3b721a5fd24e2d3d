/**
 * One compound CSS selector, the subset the headless form filler understands: an optional tag, then any of
 * `#id`, `.class`, `[attr]` and `[attr=value]`, with no spaces or combinators (`input[name=email]`,
 * `button#allow`, `.login-submit`, `[data-testid="consent-allow"]`).
 */
export interface SimpleSelector {
  source: string;
  tag?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; value?: string }[];
}

/** What a selector is matched against: a form control's tag and attributes. */
export interface SelectableElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
}

/** A selector outside the supported subset; the message says what is supported. */
export class SelectorError extends Error {
  constructor(source: string, why: string) {
    super(
      `the selector "${source}" ${why}: use one element's tag, #id, .class, [attr] or [attr=value] ` +
        '(for example input[name=email] or button#allow)',
    );
    this.name = 'SelectorError';
  }
}

const PART = /#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s"']+))\s*)?\]/y;

/** Parses a selector; throws SelectorError for anything it would silently misread. */
export function parseSelector(source: string): SimpleSelector {
  const text = source.trim();
  if (text === '') throw new SelectorError(source, 'is empty');
  const tag = /^[a-zA-Z][\w-]*/.exec(text)?.[0];
  const selector: SimpleSelector = { source: text, tag: tag?.toLowerCase(), classes: [], attributes: [] };
  let index = tag?.length ?? 0;
  while (index < text.length) {
    PART.lastIndex = index;
    const match = PART.exec(text);
    if (match === null) throw new SelectorError(source, `cannot be read from "${text.slice(index)}" on`);
    if (match[1] !== undefined) selector.id = match[1];
    else if (match[2] !== undefined) selector.classes.push(match[2]);
    else selector.attributes.push({ name: (match[3] ?? '').toLowerCase(), value: match[4] ?? match[5] ?? match[6] });
    index = PART.lastIndex;
  }
  return selector;
}

/** Whether an element matches every part of the selector. */
export function matchesSelector(selector: SimpleSelector, element: SelectableElement): boolean {
  const { attributes } = element;
  if (selector.tag !== undefined && selector.tag !== element.tag.toLowerCase()) return false;
  if (selector.id !== undefined && attributes.id !== selector.id) return false;
  const classes = (attributes.class ?? '').split(/\s+/);
  if (!selector.classes.every((name) => classes.includes(name))) return false;
  return selector.attributes.every(({ name, value }) =>
    value === undefined ? name in attributes : attributes[name] === value,
  );
}
