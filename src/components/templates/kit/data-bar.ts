/**
 * The data bar's view (`TemplateData.astro`): the status line, which is the template's one live
 * region, the time of the last save, and the problem box with its buttons. `record.ts` decides
 * what it says.
 */
import type { Announce } from './announce';
import { h, replaceChildren, required } from './dom';

/** What the data bar shows: the status line (the template's live region), the saved time, problems. */
export class DataBar {
	readonly status: HTMLElement;
	readonly savedAt: HTMLElement;
	readonly problemBox: HTMLElement;

	constructor(
		readonly root: HTMLElement,
		readonly announce: Announce,
	) {
		this.status = required(root, '[data-save-status]');
		this.savedAt = required(root, '[data-saved-at]');
		this.problemBox = required(root, '[data-storage-problem]');
	}

	/** A save is announced once, not after every pause in typing. */
	setStatus(message: string): void {
		if (this.status.textContent !== message) this.announce(message);
	}

	/** For tests and styles: `saved`, `pending` or `problem`. */
	setState(state: 'saved' | 'pending' | 'problem'): void {
		this.root.dataset.saveState = state;
	}

	clearProblem(): void {
		this.problemBox.hidden = true;
		replaceChildren(this.problemBox);
	}

	showProblem(message: string, ...buttons: HTMLButtonElement[]): void {
		replaceChildren(
			this.problemBox,
			h('p', null, message),
			buttons.length ? h('p', { class: 'gk-data__problem-actions' }, buttons) : null,
		);
		this.problemBox.hidden = false;
	}

	button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
		const element = h(
			'button',
			{ type: 'button', class: ['gk-button', primary && 'gk-button--primary'] },
			label,
		);
		element.addEventListener('click', onClick);
		return element;
	}
}
