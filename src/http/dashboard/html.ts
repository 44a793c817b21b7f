// The dashboard's HTML: escaping, one page shell with its inline style (no external assets), and plain tables.

/** Escapes text for an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Markup already built from escaped parts: the type keeps raw text from being pasted into a page unescaped. */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

/** A tagged template escaping every value that is not already Html (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return { html: out };
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && 'html' in value) return (value as Html).html;
  return escapeHtml(String(value));
}

// Readable on a 360 px phone and on an old office PC's browser: system fonts, no grid tricks, tables scroll sideways.
const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#f6f6f4;line-height:1.4}
header{background:#8b1a1a;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;gap:.5em 1.2em;align-items:center}
header a,header button{color:#fff}
header form{display:inline;margin:0}
header button{background:none;border:1px solid #fff;border-radius:3px;padding:.2em .6em;font:inherit;cursor:pointer}
main{padding:1em;max-width:75em}
h1{font-size:1.3em;margin:.2em 0 .4em}
h2{font-size:1.1em;margin:1.4em 0 .4em}
nav.crumbs,nav.period{margin:.3em 0;font-size:.95em}
nav.period a{margin-right:1em}
.note{color:#555;font-size:.9em}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;background:#fff;margin:.3em 0}
.scroll table{width:max-content}
caption{text-align:left;padding:.2em 0}
th{max-width:9em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;background:#faf7ee}
dl.figures{display:table;background:#fff;border:1px solid #ccc;margin:.3em 0}
dl.figures div{display:table-row}
dl.figures dt,dl.figures dd{display:table-cell;padding:.25em .6em;border-bottom:1px solid #eee}
dl.figures dd{text-align:right;font-weight:600;margin:0}
figure.chart{margin:.5em 0;background:#fff;border:1px solid #ccc;max-width:640px}
figure.chart svg{display:block;max-width:100%;height:auto}
.message{background:#fff;border:1px solid #ccc;padding:1em;max-width:32em}
.message button{font:inherit;font-size:1.1em;padding:.4em 1.2em;margin-top:.6em;cursor:pointer}
`;

export interface Shell {
  lang: string;
  title: string;
  /** The signed-in viewer's bar: name, the other language's link, the sign-out form. */
  header?: Html;
  body: Html;
}

export function page(shell: Shell): string {
  return `<!doctype html>
<html lang="${escapeHtml(shell.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(shell.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${shell.header ? `<header>${shell.header.html}</header>` : ''}
<main>
${shell.body.html}
</main>
</body>
</html>
`;
}

export interface Column<Row> {
  header: string;
  cell(row: Row): Html | string | number;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/** A real table (screen readers, copying into a spreadsheet), scrolling sideways on a phone. */
export function table<Row>(
  caption: string,
  columns: ReadonlyArray<Column<Row>>,
  rows: readonly Row[],
  rowClass?: (row: Row) => string,
): Html {
  return html`<div class="scroll">
    <table>
      <caption class="note">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column.header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr${rowClass ? raw(` class="${escapeHtml(rowClass(row))}"`) : ''}>${columns.map(
              (column) => html`<td${column.numeric ? raw(' class="n"') : ''}>${column.cell(row)}</td>`,
            )}</tr>\n`,
        )}
      </tbody>
    </table>
  </div>`;
}
