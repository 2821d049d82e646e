import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const dir = '/work/wt/budget/.svelte-kit/output/client/_app/immutable/';
for (const f of process.argv.slice(2)) {
  const code = readFileSync(dir + f, 'utf8');
  const map = JSON.parse(readFileSync(dir + f + '.map', 'utf8'));
  const c = await new SourceMapConsumer(map);
  const lines = code.split('\n');
  const by = new Map();
  // walk mappings in order; attribute bytes between consecutive mappings
  const maps = [];
  c.eachMapping(m => maps.push(m));
  const lineStarts = [0]; for (const l of lines) lineStarts.push(lineStarts.at(-1) + l.length + 1);
  const pos = m => lineStarts[m.generatedLine - 1] + m.generatedColumn;
  for (let i = 0; i < maps.length; i++) {
    const a = pos(maps[i]), b = i + 1 < maps.length ? pos(maps[i + 1]) : code.length;
    const s = (maps[i].source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*src\//, 'src/');
    by.set(s, (by.get(s) || 0) + (b - a));
  }
  console.log(f, code.length);
  for (const [s, n] of [...by].sort((x, y) => y[1] - x[1]).slice(0, 40)) console.log('   ', n, s);
}
