/**
 * What a chart woken by an event (ClientIsland.svelte) must see of it once its handlers exist: the
 * pointer entering the elements under it, or the focus on the element that has it. The chart's
 * layers listen for pointerenter and focus, which neither bubble nor repeat.
 */

/** The events that wake a chart: the pointer reaching it (mouse, pen or touch), or the focus. */
export const WAKING_EVENTS = ['pointerover', 'focusin'] as const;

/** Events held while a chart is waking, then dispatched again: a click or a key press. */
export const HELD_EVENTS = ['click', 'keydown'] as const;

/**
 * Dispatches again, on the woken chart, what the waking event meant for it.
 * @param event the event that woke the chart (WAKING_EVENTS)
 * @param box the island's element
 */
export function replayWaking(event: Event, box: Element): void {
	const target = event.target;
	if (!(target instanceof Element) || !box.contains(target)) return;
	if (event.type === 'focusin') {
		if (target === document.activeElement) target.dispatchEvent(new FocusEvent('focus'));
		return;
	}
	const init = pointerInit(event as PointerEvent);
	for (let node: Element | null = target; node && node !== box; node = node.parentElement) {
		node.dispatchEvent(new PointerEvent('pointerenter', init));
	}
}

/**
 * Dispatches a held event again on its target, as a new event of the same kind.
 * @param event a click or keydown held while the chart was waking (HELD_EVENTS)
 */
export function replayHeld(event: Event): void {
	const target = event.target;
	if (!(target instanceof Element) || !target.isConnected) return;
	if (event instanceof KeyboardEvent) {
		const { key, code, shiftKey, altKey, ctrlKey, metaKey } = event;
		const init = { key, code, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true };
		target.dispatchEvent(new KeyboardEvent('keydown', init));
	} else if (target instanceof HTMLElement) {
		target.click();
	}
}

/** The init of a pointer event like `event`, for pointerenter (which does not bubble). */
function pointerInit(event: PointerEvent): PointerEventInit {
	const { clientX, clientY, screenX, screenY, pointerId, pointerType, isPrimary } = event;
	return { clientX, clientY, screenX, screenY, pointerId, pointerType, isPrimary, bubbles: false };
}
