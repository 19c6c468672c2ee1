#!/usr/bin/env node
// Prints the production bundle's size after `vite build`: every asset raw and gzipped, the
// JavaScript and CSS the first screen loads (index.html's own tags and their static imports),
// and the totals. Lazy chunks load when someone opens their screen.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const assetsDir = join(dist, 'assets');
const files = (await readdir(assetsDir)).filter((name) => /\.(js|css)$/.test(name));

const sizes = new Map();
for (const name of files) {
  const content = await readFile(join(assetsDir, name));
  sizes.set(name, {
    raw: (await stat(join(assetsDir, name))).size,
    gzip: gzipSync(content, { level: 9 }).length,
    content,
  });
}

// The first screen: the entry script and stylesheet index.html names, plus what they import statically.
const html = await readFile(join(dist, 'index.html'), 'utf8');
const initial = new Set();
const queue = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
while (queue.length > 0) {
  const name = queue.pop();
  if (initial.has(name) || !sizes.has(name)) continue;
  initial.add(name);
  if (name.endsWith('.js')) {
    const code = sizes.get(name).content.toString('utf8');
    // Static imports only (`import ... from "./x.js"` / `import "./x.js"`), not `import("./x.js")`.
    for (const match of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[^()'"]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(match[1]);
    }
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} kB`;
const rows = [...sizes.entries()].sort((a, b) => b[1].raw - a[1].raw);
console.log('\nBundle (dist/assets):');
console.log(`${'file'.padEnd(48)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}  first screen`);
for (const [name, size] of rows) {
  console.log(
    `${name.padEnd(48)} ${kb(size.raw)} ${kb(size.gzip)}  ${initial.has(name) ? 'yes' : ''}`,
  );
}
const sum = (names, key) => names.reduce((total, name) => total + sizes.get(name)[key], 0);
const all = [...sizes.keys()];
const first = [...initial];
console.log(
  `\nfirst screen (${first.length} files): ${kb(sum(first, 'raw')).trim()} raw, ${kb(sum(first, 'gzip')).trim()} gzip`,
);
console.log(
  `all assets   (${all.length} files): ${kb(sum(all, 'raw')).trim()} raw, ${kb(sum(all, 'gzip')).trim()} gzip`,
);
