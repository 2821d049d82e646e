/** Setup of the unit tests (vite.config.ts): every dictionary loaded, as on the server. */
import { loadEveryDictionary } from './messages';

await loadEveryDictionary();
