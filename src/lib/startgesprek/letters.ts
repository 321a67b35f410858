/**
 * The invitation letter for the startgesprek: the default text in six languages, the placeholders
 * a teacher can use in their own text, and the letter of one family with the placeholders filled
 * in (dates in the letter's language). Pure: strings in, plain data out.
 *
 * The default texts say what the conversation is for, as the handreiking asks: getting to know each
 * other, what we want to reach this year, what parents and school expect of each other, and how we
 * will keep in touch. The translations are simple and careful; the page asks to have them checked.
 */
import { formatDate } from '../dates';
import { PARENT_LANGUAGES, type ParentLanguage } from '../i18n/languages';
import { displayName, type Pupil, type SchoolClass } from '../roster/class-list';
import type { ClassPlan, Startgesprek } from './plan';
import type { Slot } from './schedule';

/** The placeholders, with what each becomes, for the help text on the page. */
export const PLACEHOLDERS = {
	leerling: 'de roepnaam van de leerling',
	naam: 'de volledige naam van de leerling',
	datum: 'de dag en datum van het gesprek, in de taal van de brief',
	tijd: 'de begintijd',
	eindtijd: 'de eindtijd',
	duur: 'hoeveel minuten het gesprek duurt',
	plaats: 'waar het gesprek is',
	leerkracht: 'jouw naam, zoals je de brief ondertekent',
	klas: 'de naam van de klas',
	school: 'de naam van de school',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

export const DEFAULT_LETTERS: Record<ParentLanguage, string> = {
	nl: `Beste ouders en verzorgers van {leerling},

U bent samen met {leerling} van harte welkom voor het startgesprek.

Datum: {datum}
Tijd: {tijd} tot {eindtijd} uur
Plaats: {plaats}

Met dit gesprek beginnen we samen aan het nieuwe schooljaar. We leren elkaar kennen en praten over wat we dit jaar met {leerling} willen bereiken. U kunt vertellen over uw kind en over wat u van de school verwacht. Ik vertel wat de school doet en wat wij van u vragen. Ook spreken we samen af hoe en wanneer we elkaar dit jaar op de hoogte houden.

Komt deze tijd niet goed uit? Ruil dan met een andere ouder, of laat het mij weten. Dan zoeken we samen een andere tijd.

Met vriendelijke groet,

{leerkracht}
{klas}, {school}`,

	en: `Dear parents and carers of {leerling},

You and {leerling} are warmly invited to the start-of-year conversation.

Date: {datum}
Time: {tijd} to {eindtijd}
Place: {plaats}

With this conversation we start the new school year together. We get to know each other and talk about what we want to achieve with {leerling} this year. You can tell us about your child and about what you expect from the school. I will tell you what the school does and what we ask of you. Together we also agree how and when we will keep each other informed this year.

Is this time not convenient? Then swap with another parent, or let me know. We will find another time together.

Kind regards,

{leerkracht}
{klas}, {school}`,

	tr: `Sayın Veliler,

Sizi çocuğunuz {leerling} ile birlikte okul yılının başlangıç görüşmesine davet ediyoruz.

Tarih: {datum}
Saat: {tijd} - {eindtijd}
Yer: {plaats}

Bu görüşmeyle yeni okul yılına birlikte başlıyoruz. Birbirimizi tanıyacağız ve bu yıl {leerling} için neleri başarmak istediğimizi konuşacağız. Siz çocuğunuzu ve okuldan beklentilerinizi anlatabilirsiniz. Ben de okulun neler yaptığını ve sizden neler beklediğimizi anlatacağım. Ayrıca bu yıl nasıl ve ne zaman iletişimde kalacağımızı birlikte kararlaştıracağız.

Bu saat size uygun değilse, başka bir veliyle saatinizi değiştirebilir veya bana haber verebilirsiniz. O zaman birlikte başka bir saat buluruz.

Saygılarımla,

{leerkracht}
{klas}, {school}`,

	ar: `أولياء أمور {leerling} الأعزاء،

يسعدنا أن ندعوكم مع {leerling} إلى لقاء بداية العام الدراسي.

التاريخ: {datum}
الوقت: من {tijd} إلى {eindtijd}
المكان: {plaats}

بهذا اللقاء نبدأ العام الدراسي الجديد معًا. نتعرّف على بعضنا ونتحدث عمّا نريد أن نحققه مع {leerling} هذا العام. يمكنكم أن تحدثونا عن طفلكم وعمّا تنتظرونه من المدرسة. وأنا أخبركم بما تقوم به المدرسة وبما نطلبه منكم. ونتفق معًا أيضًا على طريقة التواصل بيننا هذا العام ومواعيده.

إذا لم يناسبكم هذا الموعد، يمكنكم تبديله مع وليّ أمر آخر أو إخباري بذلك. وعندها نجد معًا موعدًا آخر.

مع أطيب التحيات،

{leerkracht}
{klas}، {school}`,

	pl: `Szanowni Rodzice i Opiekunowie,

serdecznie zapraszamy Państwa razem z dzieckiem na rozmowę na początek roku szkolnego.

Dziecko: {leerling}
Data: {datum}
Godzina: {tijd}–{eindtijd}
Miejsce: {plaats}

Tą rozmową wspólnie zaczynamy nowy rok szkolny. Poznamy się i porozmawiamy o tym, co chcemy w tym roku osiągnąć razem z Państwa dzieckiem. Mogą Państwo opowiedzieć o swoim dziecku i o tym, czego oczekują Państwo od szkoły. Ja opowiem, co robi szkoła i o co prosimy Państwa. Wspólnie ustalimy też, jak i kiedy będziemy w tym roku utrzymywać kontakt.

Jeśli ta godzina Państwu nie odpowiada, mogą Państwo zamienić się z innymi rodzicami albo dać mi znać. Wtedy razem znajdziemy inny termin.

Z poważaniem

{leerkracht}
{klas}, {school}`,

	uk: `Шановні батьки та опікуни!

Запрошуємо вас разом із дитиною на розмову на початку навчального року.

Дитина: {leerling}
Дата: {datum}
Час: {tijd}–{eindtijd}
Місце: {plaats}

Цією розмовою ми разом починаємо новий навчальний рік. Ми познайомимося і поговоримо про те, чого хочемо досягти з вашою дитиною цього року. Ви можете розповісти про свою дитину і про те, чого ви очікуєте від школи. Я розповім, що робить школа і про що ми просимо вас. Ми також разом домовимося, як і коли будемо підтримувати зв’язок цього року.

Якщо цей час вам не підходить, ви можете помінятися з іншими батьками або повідомити мені. Тоді ми разом знайдемо інший час.

З повагою

{leerkracht}
{klas}, {school}`,
};

/** The text a letter in this language starts from: the teacher's own, or the default. */
export function letterTemplate(
	data: Pick<Startgesprek, 'letters'>,
	language: ParentLanguage,
): string {
	const own = data.letters[language];
	return own && own.trim() ? own : DEFAULT_LETTERS[language];
}

const PLACEHOLDER = /\{([a-z]+)\}/gi;
/** What is left at the edges of a line when a placeholder in it was empty ("{klas}, {school}" without a class). */
const LOOSE_EDGES = /^[\s,،;:–-]+|[\s,،;–-]+$/g;

/**
 * A letter with its placeholders filled in, as paragraphs of lines. A line whose placeholders are
 * all empty is left out (no "Plaats:" without a place); unknown placeholders stay as typed.
 * `known` names the placeholders of this kind of letter (the startgesprek's by default).
 */
export function fillLetter(
	template: string,
	values: Partial<Record<string, string>>,
	known: readonly string[] = Object.keys(PLACEHOLDERS),
): string[][] {
	const names = new Set(known);
	const paragraphs: string[][] = [];
	for (const block of template.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const lines: string[] = [];
		for (const line of block.split('\n')) {
			let used = 0;
			let empty = 0;
			const filled = line.replace(PLACEHOLDER, (match, name: string) => {
				const key = name.toLowerCase();
				if (!names.has(key)) return match;
				used++;
				const value = values[key]?.trim() ?? '';
				if (!value) empty++;
				return value;
			});
			if (used > 0 && empty === used) continue;
			const text = empty > 0 ? filled.replace(LOOSE_EDGES, '') : filled;
			if (text.trim() || used === 0) lines.push(text.trimEnd());
		}
		while (lines.length && !lines[0]!.trim()) lines.shift();
		while (lines.length && !lines.at(-1)!.trim()) lines.pop();
		if (lines.length) paragraphs.push(lines);
	}
	return paragraphs;
}

export interface Letter {
	pupilId: string;
	pupilName: string;
	language: ParentLanguage;
	dir: 'ltr' | 'rtl';
	/** Start of the conversation, for sorting and tests; empty when the pupil has no time. */
	date: string;
	start: string;
	paragraphs: string[][];
}

/** The values of the placeholders for one pupil in one language. */
function letterValues(
	plan: ClassPlan,
	schoolClass: Pick<SchoolClass, 'name'>,
	pupil: Pupil,
	slot: Slot | undefined,
	language: ParentLanguage,
): Record<Placeholder, string> {
	return {
		leerling: pupil.firstName,
		naam: displayName(pupil),
		datum: slot ? formatDate(slot.date, 'long', language) : '',
		tijd: slot?.start ?? '',
		eindtijd: slot?.end ?? '',
		duur: String(plan.slotMinutes),
		plaats: plan.place,
		leerkracht: plan.teacher,
		klas: schoolClass.name,
		school: plan.school,
	};
}

/** The letter of one family. */
export function letterFor(
	data: Pick<Startgesprek, 'letters'>,
	plan: ClassPlan,
	schoolClass: Pick<SchoolClass, 'name'>,
	pupil: Pupil,
	slot: Slot | undefined,
): Letter {
	const language = plan.languages[pupil.id] ?? 'nl';
	return {
		pupilId: pupil.id,
		pupilName: displayName(pupil),
		language,
		dir: PARENT_LANGUAGES[language].dir,
		date: slot?.date ?? '',
		start: slot?.start ?? '',
		paragraphs: fillLetter(
			letterTemplate(data, language),
			letterValues(plan, schoolClass, pupil, slot, language),
		),
	};
}
