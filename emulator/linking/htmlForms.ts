/** A form field as the page declares it. */
export interface FormField {
  tag: 'input' | 'button' | 'select' | 'textarea';
  type: string;
  name: string | undefined;
  value: string;
  /** Visible text of a button (or an input's value), for choosing "Allow" over "Deny". */
  label: string;
  autocomplete: string | undefined;
  id: string | undefined;
  /** Every attribute as written (lower-case names), for the form filler's selectors. */
  attributes: Readonly<Record<string, string>>;
}

/** A form: where it posts, how, and its fields. */
export interface HtmlForm {
  action: string | undefined;
  method: string;
  fields: FormField[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** Decodes the HTML entities that appear in attribute values and button text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined) result[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return result;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function field(tag: FormField['tag'], attrs: Record<string, string>, label: string): FormField {
  const type = (attrs.type ?? (tag === 'button' ? 'submit' : 'text')).toLowerCase();
  return {
    tag,
    type,
    name: attrs.name,
    value: attrs.value ?? '',
    label,
    autocomplete: attrs.autocomplete,
    id: attrs.id,
    attributes: attrs,
  };
}

/** The forms of a page with their fields, in document order. Tolerant: it expects server-rendered forms. */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = attributes(match[1] ?? '');
    const body = match[2] ?? '';
    const fields: FormField[] = [];
    for (const element of body.matchAll(/<(input|button|select|textarea)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/gi)) {
      const tag = (element[1] ?? 'input').toLowerCase() as FormField['tag'];
      const elementAttrs = attributes(element[2] ?? '');
      const inner = element[3] ?? '';
      const label = tag === 'button' ? stripTags(inner) : (elementAttrs.value ?? '');
      const value = tag === 'textarea' ? decodeEntities(inner) : undefined;
      fields.push(field(tag, value === undefined ? elementAttrs : { ...elementAttrs, value }, label));
    }
    forms.push({ action: attrs.action, method: (attrs.method ?? 'get').toLowerCase(), fields });
  }
  return forms;
}

/** The page's visible error or alert text, if it shows one (login failures are shown inline). */
export function pageMessage(html: string): string | undefined {
  const alert = html.match(
    /<([a-z0-9]+)\b[^>]*(?:role="alert"|class="[^"]*\b(?:error|alert)\b[^"]*")[^>]*>([\s\S]*?)<\/\1>/i,
  );
  if (alert?.[2] !== undefined) return stripTags(alert[2]) || undefined;
  const title = html.match(/<title>([\s\S]*?)<\/title>/i)?.[1];
  return title === undefined ? undefined : stripTags(title);
}

/**
 * What an error page says, in one line: the OAuth error code and description it shows (RFC 6749 §4.1.2.1 names
 * them `error` and `error_description`), else its sentence about the redirect URI, else its alert or title.
 */
export function pageSummary(html: string): string | undefined {
  const body = html.match(/<body\b[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  const text = stripTags(body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' '));
  const code = /\berror\s*:\s*([a-z_]+)/i.exec(text)?.[1];
  const description = /\berror_description\s*:\s*(.+?)(?=\s+[a-z_]+\s*:\s|$)/i.exec(text)?.[1];
  if (code !== undefined) return description === undefined ? code : `${code} (${description})`;
  const sentence = text.split(/(?<=[.!?])\s+/).find((part) => /redirect/i.test(part));
  return sentence ?? pageMessage(html);
}

/** Where a page sends the browser on its own: a `<meta http-equiv="refresh" content="N;url=…">` target. */
export function metaRefresh(html: string): string | undefined {
  for (const match of html.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = attributes(match[1] ?? '');
    if (attrs['http-equiv']?.toLowerCase() !== 'refresh') continue;
    const target = attrs.content?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1];
    if (target !== undefined) return target.trim();
  }
  return undefined;
}

/** The `href` of every link on the page. */
export function links(html: string): string[] {
  return [...html.matchAll(/<a\b([^>]*)>/gi)].flatMap((match) => {
    const href = attributes(match[1] ?? '').href;
    return href === undefined ? [] : [href];
  });
}
