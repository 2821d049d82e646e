/** The data folder as the build read and validated it once (scripts/validateDataPlugin.ts). */
declare module 'virtual:barometer/validated-data' {
	const validation: import('./validateDataFolder').FolderValidation;
	export default validation;
}
