/**
 * Example sentences a team can take and adapt, for primary (po) and secondary (vo) schools, and a
 * filled-in example card to start from. Written in a positive, clear tone at B1 level: they say
 * what the school offers and when it counts on parents, not what parents do wrong.
 */
import type { Card, Sector } from './card';
import {
	emptyCard,
	newActivity,
	newChannel,
	newDayOff,
	newMoment,
	newPerson,
	USUAL_HOLIDAYS,
} from './card';

/** The fields that offer example sentences. */
type ExampleField =
	'intro' | 'channelNote' | 'momentNote' | 'illnessHow' | 'illnessBetter' | 'closing';

export const EXAMPLE_SENTENCES: Record<Sector, Record<ExampleField, string[]>> = {
	po: {
		intro: [
			'Welkom in onze groep! Op deze kaart leest u hoe u ons bereikt en wanneer we u graag op school zien. Hang hem op een plek waar u hem snel terugvindt.',
			'Samen met u zorgen we voor een fijn schooljaar voor uw kind. U bent altijd welkom met een vraag of een idee.',
		],
		channelNote: [
			'Een kort bericht mag altijd; ik antwoord binnen twee schooldagen.',
			'Voor een langer gesprek maken we graag een afspraak na schooltijd.',
			'Om 8.20 uur sta ik bij de deur van de klas: loop gerust even binnen.',
		],
		momentNote: [
			'U krijgt een uitnodiging en kiest zelf een tijd die u past.',
			'Uw kind is ook welkom bij het gesprek.',
			'Lukt het niet op deze dag? Laat het ons weten, dan zoeken we samen een ander moment.',
		],
		illnessHow: [
			'Bel de school tussen 7.45 en 8.15 uur, of stuur een bericht in de app.',
			'Geef het door via de ouderapp; bellen mag ook.',
		],
		illnessBetter: [
			'Laat ons even weten wanneer uw kind weer naar school komt.',
			'Komt uw kind weer naar school? Dan hoeft u niets te doen; wij zijn blij het weer te zien.',
		],
		closing: ['We kijken ernaar uit u te zien!', 'Samen maken we er een mooi schooljaar van.'],
	},
	vo: {
		intro: [
			'Welkom in het nieuwe schooljaar! Op deze kaart staat hoe u de mentor bereikt en wanneer we u op school verwachten. Zo weet u en weet uw kind waar u aan toe bent.',
			'Uw betrokkenheid helpt uw kind. Daarom nodigen we alle ouders uit voor een paar vaste momenten in het jaar.',
		],
		channelNote: [
			'Stuur gerust een mail; ik antwoord binnen twee werkdagen.',
			'Wilt u iets bespreken? Dan maken we een afspraak, op school of aan de telefoon.',
		],
		momentNote: [
			'Uw kind is bij het gesprek; samen kijken we terug en vooruit.',
			'U krijgt een week van tevoren een uitnodiging om een tijd te kiezen.',
			'Past het niet in uw werk? Laat het de mentor weten; we zoeken samen een ander moment.',
		],
		illnessHow: [
			'Meld uw kind ziek in het ouderportaal of bel de verzuimlijn.',
			'Bel de receptie of gebruik het ziekmeldformulier in het ouderportaal.',
		],
		illnessBetter: [
			'Is uw kind weer beter? Meld het beter in het ouderportaal, dan weten de docenten dat het er weer is.',
			'Bel of mail de receptie als uw kind weer naar school komt.',
		],
		closing: [
			'We kijken uit naar een goed schooljaar, samen met u.',
			'Heeft u een vraag? Neem gerust contact op.',
		],
	},
};

/** Optional activities that schools often offer, as a start for the list. */
export const EXAMPLE_ACTIVITIES: Record<Sector, { title: string; when: string; note: string }[]> = {
	po: [
		{
			title: 'Koffieochtend in de ouderkamer',
			when: 'Elke eerste vrijdag van de maand, 8.30–9.30 uur',
			note: 'Kom gezellig langs; u hoeft zich niet op te geven.',
		},
		{
			title: 'Thema-avond over lezen thuis',
			when: 'In het voorjaar, u krijgt een uitnodiging',
			note: '',
		},
	],
	vo: [
		{
			title: 'Ouderavond over studiekeuze',
			when: 'Januari, u krijgt een uitnodiging',
			note: 'Voor ouders die meer willen weten over profielen en vervolgopleidingen.',
		},
		{
			title: 'Ouderpanel',
			when: 'Vier keer per jaar, ’s avonds',
			note: 'Denk mee over de school. Opgeven kan bij de mentor.',
		},
	],
};

/**
 * A filled-in example card: names and texts to adapt, the usual contact moments and holidays
 * without dates (the card then says "datum volgt" until the team fills them in).
 */
export function exampleCard(sector: Sector, today = new Date()): Card {
	const card = emptyCard(today);
	const sentences = EXAMPLE_SENTENCES[sector];
	const person = newPerson(sector);
	const email = {
		...newChannel('email'),
		detail: sector === 'po' ? 'juf.sanne@voorbeeldschool.nl' : 'mentor2b@voorbeeldcollege.nl',
		days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Card['people'][number]['channels'][number]['days'],
		note: sentences.channelNote[0]!,
	};
	const visit = {
		...newChannel(sector === 'po' ? 'inPerson' : 'phone'),
		detail: sector === 'po' ? 'Na schooltijd in de klas' : '010 123 45 67',
		days: ['tue', 'thu'] as typeof email.days,
		from: '15:00',
		until: '16:00',
		note: '',
	};
	const momentKinds =
		sector === 'po'
			? (['introduction', 'informationEvening', 'progressMeeting', 'reportMeeting'] as const)
			: (['startMeeting', 'informationEvening', 'progressMeeting', 'reportMeeting'] as const);
	return {
		...card,
		sector,
		school: {
			...card.school,
			name: sector === 'po' ? 'Basisschool De Voorbeeldboom' : 'Het Voorbeeldcollege',
			className: sector === 'po' ? 'Groep 5' : 'Klas 2B',
		},
		intro: sentences.intro[0]!,
		people: [
			{
				...person,
				name: sector === 'po' ? 'Juf Sanne' : 'Meneer Yilmaz',
				channels: [email, visit],
			},
		],
		moments: momentKinds.map((kind, i) => ({
			...newMoment(kind),
			note: i === 0 ? sentences.momentNote[0]! : '',
		})),
		activities: EXAMPLE_ACTIVITIES[sector].map((activity) => ({ ...newActivity(), ...activity })),
		illness: {
			how: sentences.illnessHow[0]!,
			before: sector === 'po' ? '08:15' : '08:00',
			better: sentences.illnessBetter[0]!,
		},
		daysOff: USUAL_HOLIDAYS.map((kind) => newDayOff(kind)),
		closing: sentences.closing[0]!,
	};
}
