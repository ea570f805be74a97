import { html, raw, type Html } from '../html.js';

/**
 * The frame of every page: Russian, no scripts, no external resources, readable on a
 * 375 px phone (one column, long words and addresses break).
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1f24;background:#f6f7f9;overflow-wrap:anywhere}
header{background:#24384f;color:#fff;padding:.6rem 1rem}
header a{color:#fff;margin-right:1rem;text-decoration:none;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
section,.card{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:.8rem 1rem;margin:0 0 .8rem}
ul.rows{list-style:none;margin:0;padding:0}
ul.rows>li{border-top:1px solid #eceff3;padding:.5rem 0}
ul.rows>li:first-child{border-top:0}
.muted{color:#5b6570;font-size:.9rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:4px;font-size:.85rem;font-weight:600;white-space:nowrap}
.overdue{background:#fde2e1;color:#8a1c17}
.soon{background:#fff1cc;color:#6b4a00}
.open{background:#e3eefc;color:#17406e}
.done{background:#def5e4;color:#1d5e30}
.closed,.cancelled{background:#eceff3;color:#3d4650}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .4rem;border-top:1px solid #eceff3;vertical-align:top}
@media (max-width:40rem){table.stack thead{display:none}table.stack tr{display:block;border-top:1px solid #dde2e8;padding:.4rem 0}table.stack td{display:block;border:0;padding:.1rem 0}}
form label{display:block;margin:.6rem 0 .2rem;font-weight:600}
input,textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #b7c0ca;border-radius:4px}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;margin-top:.9rem;border:0;border-radius:4px;background:#24384f;color:#fff}
.error{border-color:#e0a3a0;background:#fff5f4}
details.actions{margin-top:.3rem}
details.actions summary{cursor:pointer;color:#24384f;font-weight:600}
details.actions form,.decide form{border-top:1px dashed #dde2e8;margin-top:.5rem;padding-top:.2rem}
.decide button.refuse,form.refuse button{background:#8a1c17}
`;

export function page(title: string, body: Html, options: { nav?: boolean } = {}): string {
  const nav = options.nav ?? true;
  return html`<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — srok</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>${nav ? raw('<a href="/">Протоколы</a><a href="/executors">Исполнители</a>') : raw('<span>srok — контроль поручений</span>')}</header>
<main>
${body}
</main>
</body>
</html>
`.text;
}
