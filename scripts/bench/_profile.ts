import { analyseDataset } from '../../src/lib/analysis/analyseDataset';
import { validateDataset } from '../../src/lib/data/validateDataset';
import { generateDataset } from './generateDataset';
const files = generateDataset();
for (let i = 0; i < 6; i++) { const r = validateDataset(files, 'generated'); analyseDataset(r.dataset); }
