/**
 * Example entries a team can take over with one click and then adapt. The facts come from the
 * kwaliteitskaart of the Amaliaschool (a primary school; see the source `amaliaschool-kwaliteitskaart`);
 * the sentences are the toolbox's own. Names of channels are kept general ("de ouderapp"), so a
 * school fills in its own.
 */
import type { Agreement, Channel, Goal } from './card';

type Example<T> = Omit<T, 'id'>;

export const EXAMPLE_INTRO: readonly string[] = [
	'Ouders en school zorgen samen voor de ontwikkeling van het kind. Daarom vinden we goed contact met ouders belangrijk. Op deze kaart staat hoe wij met ouders communiceren en wat we als team hebben afgesproken, zodat ouders in elke groep hetzelfde kunnen verwachten.',
	'Kinderen voelen zich beter en leren meer als ouders betrokken zijn. Open en duidelijke communicatie geeft vertrouwen, aan twee kanten. Met deze kaart leggen we vast hoe we dat doen, en we kijken er elk jaar opnieuw naar.',
];

export const EXAMPLE_GOALS: readonly Example<Goal>[] = [
	{
		title: 'Informeren',
		text: 'Ouders weten wat er op school gebeurt: de praktische zaken en wat de kinderen leren.',
	},
	{
		title: 'Open zijn',
		text: 'We zeggen duidelijk wat we van ouders verwachten en vragen wat zij van ons verwachten. Zo weet iedereen wie wat doet.',
	},
	{
		title: 'Ontwikkeling laten zien',
		text: 'Ouders horen geregeld hoe hun kind vooruitgaat en wat er in de groep aan bod komt.',
	},
	{
		title: 'Meedoen thuis',
		text: 'We geven ouders tips en vragen waarmee ze thuis het leren van hun kind steunen. Dat geeft ouders ook vertrouwen in hun eigen rol.',
	},
	{
		title: 'Gastvrij',
		text: 'Ouders zijn welkom. We ontvangen hen met respect en hebben belangstelling voor hoe het thuis gaat.',
	},
	{
		title: 'Passend vragen',
		text: 'We vragen van ouders wat bij hun mogelijkheden past: niet te veel, maar ook niet te weinig, want hun inbreng telt.',
	},
];

export const EXAMPLE_CHANNELS: readonly Example<Channel>[] = [
	{
		name: 'Gesprekken',
		purpose:
			'Kennismaken aan het begin van het jaar, de voortgang halverwege en terugkijken aan het eind. Daarnaast even praten bij het brengen en halen, of op afspraak. Bij zorgen of veel verzuim bieden we een huisbezoek aan.',
		frequency:
			'Minstens drie gesprekken per gezin per jaar (het laatste is in groep 1 tot en met 5 niet verplicht)',
	},
	{
		name: 'Ouderapp',
		purpose:
			'Het vaste kanaal: berichten van de school en uit de groep, de agenda, ziek melden, verlof aanvragen en inschrijven voor gesprekken. Alleen voor ouders en team.',
		frequency: 'Het hele jaar; klasberichten minstens om de week',
	},
	{
		name: 'Website en schoolgids',
		purpose:
			'Algemene informatie, protocollen en het vakantierooster. Via de app laten we weten als er iets nieuws op staat.',
		frequency: 'Minstens één keer per jaar bijgewerkt',
	},
	{
		name: 'Koffie-uurtje',
		purpose:
			'Ouders lopen zonder afspraak binnen bij de directie of de brugfunctionaris, met een vraag of een idee. Zo horen wij op tijd wat er speelt.',
		frequency: 'Elke maand, onder schooltijd',
	},
	{
		name: 'Medezeggenschapsraad en ouderraad',
		purpose:
			'In de MR praten ouders mee over het beleid; de OR helpt bij activiteiten en denkt mee. Verslagen van de MR gaan naar alle ouders.',
		frequency: 'Volgens het vergaderrooster; verslagen na elke vergadering',
	},
	{
		name: 'Ouders in de klas',
		purpose:
			'Ouders kijken aan het begin van de ochtend een half uur mee in de groep. Zo zien ze hoe het onderwijs gaat.',
		frequency: 'Drie tot vier weken per jaar',
	},
	{
		name: 'Spelinloop (groep 1 tot en met 3)',
		purpose:
			'Ouder en kind doen samen een spel of activiteit in de klas, passend bij het thema van de groep.',
		frequency: 'Elke vrijdag',
	},
];

export const EXAMPLE_AGREEMENTS: readonly Example<Agreement>[] = [
	{
		title: 'Klasberichten',
		text: 'Elke leerkracht zet minstens om de week een bericht over de groep in de ouderapp, het liefst elke week. Een foto of een voorbeeld uit de klas erbij maakt het levendig.',
		factors: [6, 7],
	},
	{
		title: 'Ziek melden',
		text: 'Ouders melden hun kind ziek of afwezig in de ouderapp, het liefst vóór 8.15 uur. Is een kind drie dagen achter elkaar ziek, dan belt de leerkracht zelf de ouders.',
		factors: [3],
	},
	{
		title: 'Verlof',
		text: 'Ouders vragen verlof aan in de ouderapp. De directie beslist en ouders krijgen het antwoord in de app. De regels staan op de website.',
		factors: [],
	},
	{
		title: 'Gesprekken plannen',
		text: 'Kind-oudergesprekken plannen we digitaal. Ouders kiezen in de app een tijd die hun past en krijgen een bevestiging.',
		factors: [4, 5],
	},
	{
		title: 'Agenda',
		text: 'Aan het begin van het schooljaar staan alle belangrijke data in de agenda van de app. Leerkrachten vullen die aan met activiteiten van de groep. Ouders kunnen de agenda aan hun eigen agenda koppelen.',
		factors: [1],
	},
	{
		title: 'Berichten en bereikbaarheid',
		text: 'Korte vragen kunnen via de chat. Leerkrachten antwoorden op werkdagen tot ongeveer 17.00 uur, niet ’s avonds en niet in het weekend. Voor een groter onderwerp bellen we of maken we een afspraak. Per kind is er één chat met beide ouders die het gezag hebben en alle leerkrachten van de groep.',
		factors: [3, 5],
	},
	{
		title: 'Duidelijke taal en vertaling',
		text: 'We schrijven in eenvoudig Nederlands, zonder vaktaal. Waar nodig gebruiken we Engels of een vertaling. Wil een ouder het nog eens horen, dan legt de leerkracht het mondeling uit.',
		factors: [1, 3],
	},
	{
		title: 'Privacy',
		text: 'We houden ons aan de AVG. De ouderapp is afgeschermd. Foto’s van kinderen delen we alleen in de app en alleen als ouders toestemming hebben gegeven.',
		factors: [1],
	},
	{
		title: 'Toon',
		text: 'We schrijven en praten respectvol en positief. Zorgen of kritiek bespreken we samen en opbouwend, het liefst in een gesprek en niet in een bericht.',
		factors: [1, 7, 10],
	},
];

export const EXAMPLE_EVALUATION: readonly string[] = [
	'Elk jaar bekijken we of deze aanpak werkt, en we passen de kaart aan waar dat nodig is. We gebruiken daarvoor een peiling onder ouders over hun tevredenheid en wat de medezeggenschapsraad ervan vindt. De kaart staat op de website.',
	'Aan het eind van het schooljaar bespreken we de kaart in een teamvergadering: welke afspraken lukten, welke niet, en wat ouders ons lieten weten.',
];

export const EXAMPLE_SAFEGUARDING: readonly string[] = [
	'Deze kaart hoort bij ons handboek met kwaliteitskaarten. Na elke evaluatie kan hij veranderen; daarom staat de datum van de versie bovenaan. Op de startdag van het schooljaar neemt het hele team de kaart door. Nieuwe collega’s vinden hem in hun inwerkmap.',
	'Eén collega is eigenaar van de kaart: hij of zij zet de evaluatie in de jaarplanning en houdt de versie op de website actueel.',
];
