/**
 * What every button that makes or reads a file, or prints, does the same way: save pending typing
 * first, disable the button while busy, say "bezig" when it takes longer than a moment, turn any
 * failure into a clear Dutch message (nothing is lost), and announce the result. The shell binds a
 * template's declared actions with it; the data bar binds its backup buttons with it.
 */
import { FileProblem } from '../../../lib/files/problem';
import { readUserFile, type FileKind, type UserFile } from '../../../lib/files/read-user-file';
import type { Announce } from './announce';
import { h } from './dom';

/**
 * A problem the user can do something about, with its Dutch message ("Er zijn nog geen leerlingen
 * ingedeeld…"). An action throws it to stop; the message is shown as it is.
 */
export class UserProblem extends Error {
	override name = 'UserProblem';
}

/** Largest files a template reads: far beyond real data, small enough to read at once. */
export const FILE_LIMITS = {
	backup: 5_000_000,
	classList: 2_000_000,
} as const;

/** Show "bezig" only when an action takes longer than this; quicker results need no progress. */
const PROGRESS_AFTER_MS = 300;

const FAILED =
	'Dat is niet gelukt. Herlaad de pagina en probeer het opnieuw; je gegevens blijven bewaard.';
const FILE_FAILED = 'Dit bestand kon niet worden gelezen.';
const UNCHANGED = 'Er is niets veranderd.';

/** A file the user chose, read and checked (kind from its content, size capped), with its name. */
export type ChosenFile = UserFile;

export interface ActionBinding {
	/** Saves pending typing, so the file holds what the user sees. */
	flush(): void;
	announce: Announce;
	/** Shown while it takes longer than a moment, e.g. "Het Word-bestand wordt gemaakt…". */
	busy?: string;
	/** An action that reads a file: which kinds, and how large at most. */
	file?: { accept: readonly FileKind[]; maxBytes: number };
	/** Does the work and returns what to tell the user; throws `UserProblem` to stop with a message. */
	run(file: ChosenFile): Promise<string> | string;
	/** Where the outcome is shown; by default the `[data-action-message]` line of the button's group. */
	show?(message: string, problem: boolean): void;
}

/** The Dutch message for anything an action throws. */
export function actionProblemMessage(error: unknown, readsFile: boolean): string {
	if (error instanceof UserProblem) return error.message;
	if (error instanceof FileProblem) return `${error.message} ${UNCHANGED}`;
	return readsFile ? `${FILE_FAILED} ${UNCHANGED}` : FAILED;
}

export function bindAction(button: HTMLButtonElement, binding: ActionBinding): void {
	const show = binding.show ?? messageLine(button);
	const input = binding.file ? fileInput(button, binding.file.accept) : null;

	const perform = async (file?: File) => {
		binding.flush();
		button.disabled = true;
		button.setAttribute('aria-busy', 'true');
		const progress = binding.busy
			? setTimeout(() => say(binding.busy!, false), PROGRESS_AFTER_MS)
			: undefined;
		try {
			const chosen =
				file && binding.file ? await readUserFile(file, binding.file) : (undefined as never);
			say(await binding.run(chosen), false);
		} catch (error) {
			say(actionProblemMessage(error, !!binding.file), true);
		} finally {
			clearTimeout(progress);
			button.disabled = false;
			button.removeAttribute('aria-busy');
		}
	};
	const say = (message: string, problem: boolean) => {
		show(message, problem);
		binding.announce(message);
	};

	if (input) {
		button.addEventListener('click', () => input.click());
		input.addEventListener('change', () => {
			const file = input.files?.[0];
			input.value = '';
			if (file) void perform(file);
		});
	} else button.addEventListener('click', () => void perform());
}

/** The message line that belongs to a button: `[data-action-message]` in its nearest group. */
function messageLine(button: HTMLElement): (message: string, problem: boolean) => void {
	const line = button
		.closest('[data-actions]')
		?.querySelector<HTMLElement>('[data-action-message]');
	return (message, problem) => {
		if (!line) return;
		line.textContent = message;
		line.classList.toggle('gk-message--problem', problem);
	};
}

/**
 * The hidden file input a button opens: the one right after it in the markup, or a new one there
 * (tests choose files on it: `[data-file-for="<action>"]`).
 */
function fileInput(button: HTMLButtonElement, accept: readonly FileKind[]): HTMLInputElement {
	const next = button.nextElementSibling;
	if (next instanceof HTMLInputElement && next.type === 'file') return next;
	const name = button.dataset.action ?? 'file';
	const input = h('input', {
		type: 'file',
		hidden: true,
		tabindex: '-1',
		'aria-hidden': 'true',
		'data-file-for': name,
		accept: accept.map((kind) => `.${kind}`).join(','),
	});
	button.after(input);
	return input;
}
