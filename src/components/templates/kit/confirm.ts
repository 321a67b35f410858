/**
 * Asking before something that cannot be undone (wipe, replace with a backup, a new card), in a
 * modal `<dialog>`: focus moves into it, Escape cancels, and focus returns where it was.
 * The safe choice (cancel) has the focus first.
 */
import { h } from './dom';

export interface ConfirmOptions {
	title: string;
	message: string | string[];
	confirmLabel: string;
	cancelLabel?: string;
	/** Styles the confirm button as destructive. */
	danger?: boolean;
}

export function confirmAction(options: ConfirmOptions): Promise<boolean> {
	return new Promise((resolve) => {
		const titleId = `gk-confirm-${Math.random().toString(36).slice(2)}`;
		const cancel = h(
			'button',
			{ type: 'button', class: 'gk-button', value: 'cancel' },
			options.cancelLabel ?? 'Annuleren',
		);
		const confirm = h(
			'button',
			{
				type: 'button',
				class: ['gk-button', options.danger ? 'gk-button--danger' : 'gk-button--primary'],
				value: 'confirm',
			},
			options.confirmLabel,
		);
		const messages = Array.isArray(options.message) ? options.message : [options.message];
		const dialog = h(
			'dialog',
			{ class: 'gk-dialog', 'aria-labelledby': titleId },
			h('h2', { id: titleId }, options.title),
			messages.map((message) => h('p', null, message)),
			h('div', { class: 'gk-dialog__buttons' }, cancel, confirm),
		);
		const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		let answer = false;
		cancel.addEventListener('click', () => dialog.close());
		confirm.addEventListener('click', () => {
			answer = true;
			dialog.close();
		});
		dialog.addEventListener('close', () => {
			dialog.remove();
			previous?.focus();
			resolve(answer);
		});
		document.body.append(dialog);
		dialog.showModal();
		cancel.focus();
	});
}
