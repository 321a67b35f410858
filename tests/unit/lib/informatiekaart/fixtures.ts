import {
	emptyCard,
	newChannel,
	newDayOff,
	newMoment,
	type Card,
} from '../../../../src/lib/informatiekaart/card';

export const PAYLOAD = '<img src=x onerror=alert(1)>';

/** A filled-in card with fixed ids, for tests. */
export function filledCard(overrides: Partial<Card> = {}): Card {
	const card = emptyCard(new Date('2026-06-01T12:00:00Z'));
	return {
		...card,
		school: {
			...card.school,
			name: 'De Regenboog',
			className: 'Groep 5',
			address: 'Schoolstraat 1',
			phone: '010 123 45 67',
			email: 'info@regenboog.nl',
			website: 'regenboog.nl',
		},
		intro: 'Welkom in groep 5!',
		people: [
			{
				id: 'p1',
				role: 'teacher',
				roleOther: '',
				name: 'Juf Sanne',
				channels: [
					{
						...newChannel('email'),
						id: 'k1',
						detail: 'sanne@regenboog.nl',
						days: ['mon', 'tue', 'wed', 'thu', 'fri'],
					},
					{
						...newChannel('phone'),
						id: 'k2',
						detail: '010 123 45 67',
						days: ['tue', 'thu'],
						from: '15:00',
						until: '16:00',
						note: 'Ik bel terug.',
					},
				],
			},
		],
		moments: [
			{
				...newMoment('introduction'),
				id: 'm1',
				date: '2026-09-08',
				start: '15:00',
				end: '15:20',
				note: 'U kiest zelf een tijd.',
			},
			{ ...newMoment('informationEvening'), id: 'm2', date: '2026-09-17', start: '19:00' },
			{
				...newMoment('progressMeeting'),
				id: 'm3',
				date: '2026-11-16',
				endDate: '2026-11-19',
				start: '15:00',
				end: '18:00',
			},
			{ ...newMoment('reportMeeting'), id: 'm4' },
		],
		activities: [{ id: 'a1', title: 'Koffieochtend', when: 'Elke eerste vrijdag', note: '' }],
		illness: { how: 'Bel de school.', before: '08:15', better: 'Laat het ons weten.' },
		daysOff: [
			{ ...newDayOff('autumn'), id: 'v1', start: '2026-10-19', end: '2026-10-23' },
			{ ...newDayOff('christmas'), id: 'v2', start: '2026-12-21', end: '2027-01-01' },
			{ ...newDayOff('studyDay'), id: 'v3', start: '2027-02-03' },
			{ ...newDayOff('whitsun'), id: 'v4' },
		],
		closing: 'Tot ziens!',
		...overrides,
	};
}
