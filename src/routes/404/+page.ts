/**
 * The page static hosts (and scripts/serve.js) send for a missing path: build/404.html. No
 * JavaScript, so it displays the same at any depth.
 */
export const prerender = true;
export const csr = false;
export const trailingSlash = 'never';
