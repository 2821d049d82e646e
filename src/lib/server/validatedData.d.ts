/** The data folder as the build read and validated it once (scripts/validateDataPlugin.ts). */
declare module 'virtual:barometer/validated-data' {
	const validation: import('./validateDataFolder').FolderValidation;
	export default validation;
}

/** The slugs of the theme pages of that folder (scripts/validateDataPlugin.js), for the matcher. */
declare module 'virtual:barometer/theme-slugs' {
	const slugs: readonly string[];
	export default slugs;
}
