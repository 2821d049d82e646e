import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyseDataset } from '../analysis/analyseDataset';
import { validateDataset, type DataFile } from '../data/validateDataset';
import type { Lang } from '../i18n/lang';
import { catalog, type Catalog } from '../views/catalog';

/** Test helper: the catalog of the bundled data folder, read synchronously. */
export function bundledCatalog(lang: Lang = 'fr'): Catalog {
	const files: DataFile[] = readdirSync('data', { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(csv|txt)$/.test(name) && !name.startsWith('sources'))
		.map((name) => ({
			name: name.split(path.sep).join('/'),
			path: `data/${name}`,
			bytes: readFileSync(path.join('data', name))
		}));
	const { dataset } = validateDataset(files);
	return catalog(dataset, analyseDataset(dataset), lang);
}
