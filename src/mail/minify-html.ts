/**
 * MJML's output made smaller without changing what any mail client shows (MJML 5 has no
 * minifier of its own): run once per template at start, on the HTML with its {{…}} tags
 * still in it, so the rendered mails cost nothing more.
 *
 * - whitespace between two tags is dropped where one of them is a block or table tag, a
 *   comment or a conditional comment (whitespace there is not rendered); between inline
 *   tags and around text it stays, one line break per run (MJML's indentation removed);
 * - style attributes and <style> blocks lose the spaces CSS does not need and the last `;`;
 * - `<tbody>` tags go (every HTML parser adds them back), and so do empty `class=""`,
 *   MJML's bare `style` attributes, `type="text/css"` of <style> and the quotes around
 *   attribute values that need none (outside comments: Outlook's conditional HTML is kept);
 * - `0px` in inline styles is `0`;
 * - rules of a <style> block whose class selectors name no class of the page go.
 *
 * Nothing inside a {{…}} tag and no text between tags is touched.
 */
export function minifyMailHtml(html: string): string {
  let out = html.replace(/[ \t]*\n\s*/g, '\n');
  out = out.replace(/<\/?tbody>/g, '');
  out = out.replace(/ class=""/g, '').replace(/ style(?=[ >])/g, '');
  out = out.replace(/ style="([^"]*)"/g, (_, css: string) => ` style="${compactDeclarations(css)}"`);
  out = out.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
    const kept = withoutUnusedRules(compactCss(css), classesOf(out));
    return kept === '' ? '' : `${open}${kept}${close}`;
  });
  out = outsideComments(out, (part) =>
    part
      .replace(/<style type="text\/css">/g, '<style>')
      // Quotes around a value of letters, digits and #%-.: are optional in HTML.
      .replace(/(<[a-zA-Z][^<>]*?)>/g, (tag: string) => tag.replace(/([ ][a-zA-Z:-]+)="([A-Za-z0-9#%.:-]+)"/g, '$1=$2')),
  );
  out = out.replace(/>\s+</g, (whole: string, offset: number) => (isBlockBoundary(out, offset, offset + whole.length - 1) ? '><' : whole));
  return out;
}

const BLOCK = /^(?:!doctype|html|head|title|meta|style|body|div|table|tbody|tr|td|th|p|ul|ol|li|h[1-6]|br|hr|center|noscript|xml|o:[a-z]+|!--)/i;

/** Whether the tag ending at `leftEnd` or the one starting at `rightStart` is a block or table tag, or a comment. */
function isBlockBoundary(html: string, leftEnd: number, rightStart: number): boolean {
  if (html.slice(leftEnd - 2, leftEnd + 1) === '-->') return true;
  const previous = html.slice(html.lastIndexOf('<', leftEnd) + 1, leftEnd + 1).replace(/^\//, '');
  const next = html.slice(rightStart + 1, rightStart + 16).replace(/^\//, '');
  return BLOCK.test(previous) || BLOCK.test(next);
}

/** `fn` applied to the HTML between comments; comments (Outlook's conditional ones among them) are kept as they are. */
function outsideComments(html: string, fn: (part: string) => string): string {
  return html
    .split(/(<!--[\s\S]*?-->)/)
    .map((part, index) => (index % 2 === 1 ? part : fn(part)))
    .join('');
}

function compactDeclarations(css: string): string {
  return css
    .split(';')
    .map((declaration) => declaration.trim().replace(/\s*:\s*/, ':').replace(/\s*,\s*/g, ',').replace(/(?<![\d.])0px\b/g, '0'))
    .filter((declaration) => declaration !== '')
    .join(';');
}

function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function classesOf(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\bclass="([^"]*)"/g)) for (const name of (match[1] ?? '').split(/\s+/)) if (name !== '') classes.add(name);
  return classes;
}

/** Top-level rules and @media blocks; a rule goes when one of its class selectors names a class the page lacks in every selector of its list. */
function withoutUnusedRules(css: string, classes: Set<string>): string {
  const used = (selectors: string) =>
    selectors.split(',').some((selector) => [...selector.matchAll(/\.([a-zA-Z0-9_-]+)/g)].every((m) => classes.has(m[1] as string)));
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) break;
    const prelude = css.slice(i, open);
    if (prelude.startsWith('@')) {
      // A block of rules: find its closing brace and filter inside.
      let depth = 1;
      let j = open + 1;
      while (j < css.length && depth > 0) {
        if (css[j] === '{') depth += 1;
        else if (css[j] === '}') depth -= 1;
        j += 1;
      }
      const inner = withoutUnusedRules(css.slice(open + 1, j - 1), classes);
      if (inner !== '') out += `${prelude}{${inner}}`;
      i = j;
    } else {
      const close = css.indexOf('}', open);
      const end = close === -1 ? css.length : close + 1;
      if (used(prelude)) out += css.slice(i, end);
      i = end;
    }
  }
  return out;
}
