/**
 * Edit distance between two strings (insertions, deletions, substitutions).
 * Written here rather than imported: twenty lines, and only used to suggest an id in a message.
 *
 * @example
 * editDistance('awarness', 'awareness') // 1
 */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The known value closest to `value`, or null when none is within a third of its length
 * (a suggestion further off than that misleads more than it helps).
 *
 * @example
 * closestMatch('awarness_terms', ['awareness_terms', 'obstacles']) // 'awareness_terms'
 * closestMatch('zzz', ['awareness_terms'])                          // null
 */
export function closestMatch(value: string, known: Iterable<string>): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= Math.max(2, Math.ceil(value.length / 3)) ? best : null;
}
