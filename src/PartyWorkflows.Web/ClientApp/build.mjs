// Bundles the browser application into ../wwwroot (git-ignored): one script, one stylesheet and the page shell.
// Run by the Web project's build (PartyWorkflows.Web.csproj, target ClientAppBuild); no CDN is used at run time.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const out = new URL('../wwwroot/', import.meta.url);
await mkdir(new URL('app/', out), { recursive: true });

await build({
  entryPoints: ['src/main.jsx'],
  bundle: true,
  outfile: '../wwwroot/app/app.js',
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // The BPMN font travels inside the stylesheet, so the page needs no other request.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});

await copyFile(new URL('public/index.html', import.meta.url), new URL('index.html', out));
