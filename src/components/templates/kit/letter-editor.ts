/**
 * A letter that the teacher may rewrite per language (the startgesprek's invitation, the
 * nieuwjaarsreceptie's): the text in the chosen language with its label and translation notice,
 * "Standaardtekst terugzetten", and the filled-in letter as the preview and the print sheet show it.
 * An own text equal to the default, or empty, is not kept: the default text is used.
 */
import { PARENT_LANGUAGES, type ParentLanguage } from '../../../lib/i18n/languages';
import { h } from './dom';
import { resetLetter } from './letter-reset';
import type { TemplateContext } from './template';

type Letters = Partial<Record<ParentLanguage, string>>;

export interface LetterEditorOptions<T extends { letters: Letters }> {
	/** The template; its markup has `LetterEditor.astro`, its data the teacher's own texts by language. */
	ctx: TemplateContext<T>;
	/** The label without the language: "Tekst van de brief". */
	label: string;
	defaults: Record<ParentLanguage, string>;
	/** The text the letter in a language starts from: the own text, or the default. */
	template(language: ParentLanguage): string;
	/** Typing changed the own texts (they are saved soon): draw what follows shortly after. */
	onTyped(): void;
	/** Another language was chosen (the editor is drawn already). */
	onLanguage?(): void;
}

export interface LetterEditor {
	/** The language being edited. */
	readonly language: ParentLanguage;
	/** Shows the text of the chosen language (the cursor stays where it is when the text is the same). */
	draw(): void;
}

export function mountLetterEditor<T extends { letters: Letters }>(
	options: LetterEditorOptions<T>,
): LetterEditor {
	const { ctx } = options;
	const language = ctx.part<HTMLSelectElement>('[data-letter-language]');
	const text = ctx.part<HTMLTextAreaElement>('[data-letter-text]');
	const label = ctx.part('[data-letter-label]');
	const notice = ctx.part('[data-translation-notice]');
	const shown = () => language.value as ParentLanguage;

	const draw = () => {
		const code = shown();
		const value = options.template(code);
		if (text.value !== value) text.value = value;
		text.lang = code;
		text.dir = PARENT_LANGUAGES[code].dir;
		label.textContent = `${options.label} (${PARENT_LANGUAGES[code].name})`;
		notice.hidden = code === 'nl';
	};

	text.addEventListener('input', () => {
		const code = shown();
		const letters = { ...ctx.data.letters };
		if (text.value === options.defaults[code] || !text.value.trim()) delete letters[code];
		else letters[code] = text.value;
		ctx.update({ ...ctx.data, letters });
		options.onTyped();
	});
	language.addEventListener('change', () => {
		draw();
		options.onLanguage?.();
	});
	ctx.part('[data-letter-reset]').addEventListener('click', async () => {
		const letters = await resetLetter(ctx.data.letters, shown(), ctx.announce);
		if (!letters) return;
		ctx.replace({ ...ctx.data, letters });
		draw();
		ctx.announce('De standaardtekst staat er weer.');
	});

	return {
		get language() {
			return shown();
		},
		draw,
	};
}

/** A filled-in letter: its paragraphs, each line on its own line, in the letter's language and direction. */
export function renderLetter(
	letter: { language: ParentLanguage; dir: 'ltr' | 'rtl'; paragraphs: string[][] },
	tag: 'article' | 'div',
): HTMLElement {
	return h(
		tag,
		{ class: 'gk-letter', lang: letter.language, dir: letter.dir },
		letter.paragraphs.map((lines) =>
			h(
				'p',
				{ dir: 'auto' },
				lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])),
			),
		),
	);
}
