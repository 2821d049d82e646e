/**
 * The UI state of an interactive chart: which point the pointer is over, which has the keyboard
 * focus, which one Tab lands on (a roving tabindex: one tab stop per chart, arrow keys inside),
 * and whether Escape dismissed the tooltip. Layers report events here; Tooltip reads the active
 * point. The chart gives the grid of focusable points and what each one shows.
 */
import type { Attachment } from 'svelte/attachments';
import type { EstimateView } from '../../views/types';
import { firstKey, hasKey, isNavigationKey, nextKey, type NavigationGrid } from './navigation';

/** A point the tooltip can describe: its estimate and where it sits, in data units. */
export interface InteractiveItem {
	key: string;
	estimate: EstimateView;
	anchor: { x: number; y: number };
}

export class ChartInteraction {
	/** The point under the pointer. */
	hoverKey = $state<string | null>(null);
	/** The point with the keyboard focus. */
	focusKey = $state<string | null>(null);
	/** True after Escape, until the next hover or focus. */
	dismissed = $state(false);
	/** Whether the latest of hover and focus was the pointer's. */
	#pointerLast = $state(false);
	/** The point Tab lands on, once one was focused. */
	#rovingKey = $state<string | null>(null);
	#grid: () => NavigationGrid;
	#items: () => ReadonlyMap<string, InteractiveItem>;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a registry of elements, read on events, never drawn
	#elements = new Map<string, HTMLElement | SVGElement>();

	/**
	 * @param grid the focusable points, as rows (see navigation.ts); read on each use.
	 * @param items what each point shows, by key; read on each use.
	 */
	constructor(grid: () => NavigationGrid, items: () => ReadonlyMap<string, InteractiveItem>) {
		this.#grid = grid;
		this.#items = items;
	}

	/** The key of the point the tooltip describes: the latest hovered or focused; null when none. */
	get activeKey(): string | null {
		if (this.dismissed) return null;
		return this.#pointerLast ? (this.hoverKey ?? this.focusKey) : (this.focusKey ?? this.hoverKey);
	}

	/** The point the tooltip describes. */
	get active(): InteractiveItem | null {
		const key = this.activeKey;
		return key === null ? null : (this.#items().get(key) ?? null);
	}

	/** 0 for the one point Tab lands on, -1 for the others (focusable by arrows and pointer). */
	tabIndex(key: string): 0 | -1 {
		const grid = this.#grid();
		const roving =
			this.#rovingKey !== null && hasKey(grid, this.#rovingKey) ? this.#rovingKey : firstKey(grid);
		return key === roving ? 0 : -1;
	}

	pointerEnter(key: string): void {
		this.hoverKey = key;
		this.#pointerLast = true;
		this.dismissed = false;
	}

	pointerLeave(key: string): void {
		if (this.hoverKey === key) this.hoverKey = null;
	}

	focus(key: string): void {
		this.focusKey = key;
		this.#rovingKey = key;
		this.#pointerLast = false;
		this.dismissed = false;
	}

	blur(key: string): void {
		if (this.focusKey === key) this.focusKey = null;
	}

	/** Arrow keys, Home and End move the focus; Escape hides the tooltip. */
	keydown(event: KeyboardEvent, key: string): void {
		if (event.key === 'Escape') {
			if (this.activeKey !== null) event.preventDefault();
			this.dismissed = true;
			return;
		}
		if (!isNavigationKey(event.key)) return;
		event.preventDefault();
		const next = nextKey(this.#grid(), key, event.key);
		if (next !== null) this.#elements.get(next)?.focus();
	}

	/** An attachment that lets the arrow keys focus the element of a point. */
	register(key: string): Attachment<HTMLElement | SVGElement> {
		return (element) => {
			this.#elements.set(key, element);
			return () => {
				if (this.#elements.get(key) === element) this.#elements.delete(key);
			};
		};
	}
}
