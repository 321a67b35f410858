/**
 * The invitation to the nieuwjaarsreceptie: the default text in six languages, its placeholders,
 * and the invitation of a class in one language with the placeholders filled in. The default
 * says why it is worth coming: parents get to know each other and their children's classmates.
 */
import { formatDate, isValidDate } from '../dates';
import { PARENT_LANGUAGES, type ParentLanguage } from '../i18n/languages';
import type { SchoolClass } from '../roster/class-list';
import { fillLetter } from '../startgesprek/letters';
import type { Nieuwjaarsreceptie, Reception } from './reception';

export const INVITATION_PLACEHOLDERS = {
	klas: 'de naam van de klas',
	datum: 'de dag en datum, in de taal van de uitnodiging',
	begintijd: 'de begintijd',
	eindtijd: 'de eindtijd',
	plaats: 'waar de receptie is',
	programma: 'het programma, zoals je het hebt getypt',
	leerkracht: 'jouw naam, zoals je ondertekent',
	school: 'de naam van de school',
} as const;
type InvitationPlaceholder = keyof typeof INVITATION_PLACEHOLDERS;

export const DEFAULT_INVITATIONS: Record<ParentLanguage, string> = {
	nl: `Beste ouders en verzorgers,

Aan het begin van het schooljaar nodigen we u en uw kind uit voor de nieuwjaarsreceptie van {klas}.

Datum: {datum}
Tijd: {begintijd} tot {eindtijd} uur
Plaats: {plaats}

Het is een korte, gezellige ontmoeting. Zo leert u de andere ouders en de klasgenoten van uw kind kennen. Dan weet u ook bij wie uw kind op een verjaardag komt, en over wie uw kind thuis vertelt.

{programma}

We hopen dat u er allemaal bent. Tot dan!

Met vriendelijke groet,

{leerkracht}
{school}`,
	en: `Dear parents and carers,

At the start of the school year we invite you and your child to the new school year reception of {klas}.

Date: {datum}
Time: {begintijd} to {eindtijd}
Place: {plaats}

It is a short, friendly get-together. You will meet the other parents and your child's classmates. Then you will also know whose birthday parties your child goes to, and who your child talks about at home.

{programma}

We hope to see you all there!

Kind regards,

{leerkracht}
{school}`,
	tr: `Sayın Veliler,

Okul yılının başında sizi ve çocuğunuzu {klas} sınıfının yeni okul yılı buluşmasına davet ediyoruz.

Tarih: {datum}
Saat: {begintijd} - {eindtijd}
Yer: {plaats}

Kısa ve samimi bir buluşma olacak. Diğer velilerle ve çocuğunuzun sınıf arkadaşlarıyla tanışacaksınız. Böylece çocuğunuzun kimlerin doğum gününe gittiğini ve evde kimden bahsettiğini de bileceksiniz.

{programma}

Hepinizi aramızda görmeyi umuyoruz!

Saygılarımla,

{leerkracht}
{school}`,
	ar: `أولياء الأمور الأعزاء،

في بداية العام الدراسي ندعوكم مع طفلكم إلى حفل استقبال العام الدراسي الجديد لصف {klas}.

التاريخ: {datum}
الوقت: من {begintijd} إلى {eindtijd}
المكان: {plaats}

هو لقاء قصير وودّي. ستتعرفون على أولياء الأمور الآخرين وعلى زملاء طفلكم في الصف. وهكذا تعرفون أيضًا إلى أعياد ميلاد من يذهب طفلكم، وعمّن يتحدث في البيت.

{programma}

نأمل أن نراكم جميعًا!

مع أطيب التحيات،

{leerkracht}
{school}`,
	pl: `Szanowni Rodzice i Opiekunowie,

na początku roku szkolnego zapraszamy Państwa razem z dzieckiem na spotkanie powitalne klasy {klas}.

Data: {datum}
Godzina: {begintijd}–{eindtijd}
Miejsce: {plaats}

To krótkie, przyjazne spotkanie. Poznają Państwo innych rodziców i kolegów z klasy swojego dziecka. Będą Państwo też wiedzieć, na czyje urodziny chodzi Państwa dziecko i o kim opowiada w domu.

{programma}

Mamy nadzieję, że spotkamy się wszyscy!

Z poważaniem

{leerkracht}
{school}`,
	uk: `Шановні батьки та опікуни!

На початку навчального року запрошуємо вас разом із дитиною на зустріч класу {klas} з нагоди нового навчального року.

Дата: {datum}
Час: {begintijd}–{eindtijd}
Місце: {plaats}

Це коротка дружня зустріч. Ви познайомитеся з іншими батьками та однокласниками вашої дитини. Тоді ви також знатимете, до кого ваша дитина ходить на дні народження і про кого вона розповідає вдома.

{programma}

Сподіваємося побачити всіх вас!

З повагою

{leerkracht}
{school}`,
};

export function invitationTemplate(
	data: Pick<Nieuwjaarsreceptie, 'letters'>,
	language: ParentLanguage,
): string {
	const own = data.letters[language];
	return own && own.trim() ? own : DEFAULT_INVITATIONS[language];
}

export interface Invitation {
	language: ParentLanguage;
	dir: 'ltr' | 'rtl';
	paragraphs: string[][];
}

function invitationValues(
	reception: Reception,
	schoolClass: Pick<SchoolClass, 'name'>,
	language: ParentLanguage,
): Record<InvitationPlaceholder, string> {
	return {
		klas: schoolClass.name,
		datum: isValidDate(reception.date) ? formatDate(reception.date, 'long', language) : '',
		begintijd: reception.start,
		eindtijd: reception.end,
		plaats: reception.place,
		programma: reception.programme,
		leerkracht: reception.teacher,
		school: reception.school,
	};
}

export function invitation(
	data: Pick<Nieuwjaarsreceptie, 'letters'>,
	reception: Reception,
	schoolClass: Pick<SchoolClass, 'name'>,
	language: ParentLanguage,
): Invitation {
	return {
		language,
		dir: PARENT_LANGUAGES[language].dir,
		paragraphs: fillLetter(
			invitationTemplate(data, language),
			invitationValues(reception, schoolClass, language),
			Object.keys(INVITATION_PLACEHOLDERS),
		),
	};
}
