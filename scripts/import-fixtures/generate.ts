/**
 * `npx tsx scripts/import-fixtures/generate.ts` writes tests/fixtures/import/: TEST DATA for
 * `barometer import`, made from the bundled figures (see tables.ts). Run by hand when the model
 * changes; the tests read the files it wrote.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateDataset } from '../../src/lib/data/validateDataset';
import { readDataFolder } from '../../src/lib/server/readDataFolder';
import { csvExportBytes, workbookBytes } from './files';
import { blockRows, fixtureBlocks, oneSheetRows } from './tables';

const out = 'tests/fixtures/import';
const { dataset, errorCount } = validateDataset(await readDataFolder('data'), 'data');
if (errorCount > 0) throw new Error('the bundled data folder has errors: run barometer validate');
const blocks = fixtureBlocks(dataset);
const rows = oneSheetRows(blocks);

await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'tris.xlsx'), workbookBytes([{ name: 'Tris', rows }]));
await writeFile(
	path.join(out, 'tris-par-question.xlsx'),
	workbookBytes(blocks.map((block, index) => ({ name: `Q${index + 1}`, rows: blockRows(block) })))
);
await writeFile(path.join(out, 'tris.csv'), csvExportBytes(rows));
await writeFile(
	path.join(out, 'label_map.csv'),
	'kind,source_label,question_id,answer_id,population,status\npopulation,18-24 ans,,,public_18_24,confirmed\n'
);
console.log(`wrote ${out}: tris.xlsx, tris-par-question.xlsx, tris.csv, label_map.csv`);
