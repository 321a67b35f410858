import { z } from 'astro/zod';
import { referenceTo, type KnownIds } from './fields';

/** A success factor, one file per factor in `content/factors/` (the body holds the longer explanation). */
export function factorSchema(ids: Pick<KnownIds, 'clusters'>) {
	return z.object({
		/** The factor's number in Lusse's list, 1 to 10. */
		number: z.number().int().min(1).max(10),
		/** The cluster the factor belongs to. */
		cluster: referenceTo('clusters', ids.clusters, 'cluster'),
		/** Short title, a few words, used in badges, tables and the sidebar. */
		title: z.string().min(3).max(60),
		/** What the school does: the success factor as the school's task. */
		school: z.string().min(10),
		/** The indicator for the (trainee) teacher. */
		teacher: z.string().min(10),
		/**
		 * The four levels of the zelfscan for this factor, from low ("nog niet") to high
		 * ("vanzelfsprekend"): each a sentence or two describing what the school and the teacher do at
		 * that level, written from the indicators. The zelfscan shows them as its scale.
		 */
		levels: z
			.array(
				z
					.string()
					.min(20, { error: 'Beschrijf elk niveau in minstens één zin (20 tekens of meer).' }),
			)
			.length(4, {
				error: '`levels` heeft precies vier beschrijvingen: van "nog niet" tot "vanzelfsprekend".',
			}),
	});
}

/** One of the three clusters (`content/clusters/`). */
export function clusterSchema() {
	return z.object({
		/** Order on the page: 1 contact, 2 samenwerking, 3 toekomstperspectief. */
		order: z.number().int().min(1),
		/** The cluster's name as shown, for example "Contact". */
		title: z.string().min(3),
		/** One sentence on what the cluster is about. */
		summary: z.string().min(10),
		/** The numbers of the factors in this cluster, in order. Must agree with each factor's `cluster`. */
		factors: z.array(z.number().int().min(1).max(10)).min(1),
	});
}

/**
 * A parent activity of the minimal set (`content/activities/`): the activities that, according to
 * the source, every teacher uses at the least. The source gives them as one set for the whole
 * framework; the body holds the longer description.
 */
export function activitySchema(ids: Pick<KnownIds, 'factors' | 'sources' | 'pages'>) {
	return z.object({
		/** Place in the source's list, 1 to 7. */
		order: z.number().int().min(1),
		/** The activity as a reader says it, for example "Kennismakingsgesprek". */
		title: z.string().min(3).max(60),
		/** One sentence: what the activity is. */
		summary: z.string().min(20).max(220),
		/** The tool page in this toolbox that works the activity out; left out when there is none. */
		tool: referenceTo('docs', ids.pages, 'pagina').optional(),
		/** Who worked the activity out, where the source names someone; left out otherwise. */
		developedBy: z.string().min(5).optional(),
		/** The sources the description rests on, by id (`content/sources/`). */
		sources: z.array(referenceTo('sources', ids.sources, 'bron')).min(1),
		/**
		 * The factors this activity serves most directly, with one sentence on how. The source does
		 * not make this link (it names the set for the framework as a whole): it is the toolbox's own,
		 * and pages that show it say so. May be empty.
		 */
		factors: z
			.array(
				z.object({
					/** The factor, by its id in `content/factors/`. */
					factor: referenceTo('factors', ids.factors, 'succesfactor'),
					/** One sentence: how the activity serves this factor. */
					how: z.string().min(10),
				}),
			)
			.default([]),
	});
}

/**
 * A bibliographic reference (`content/sources/<id>.md`), cited by its id. The file's body is the
 * title of the work, exactly as published, and `year` is the last frontmatter field: the year then
 * stands right before the title in the file, so the reference reads as one citation (which is how
 * `seed-overlap.mjs` tells a reference from copied prose).
 */
export function sourceSchema() {
	return z.object({
		/** Authors as "Achternaam, V." (APA); an organisation may stand as author. */
		authors: z.array(z.string().min(2)).min(1),
		/** Publisher or institution; left out for web pages without one. */
		publisher: z.string().optional(),
		/** Place of publication, where the reference gives one. */
		place: z.string().optional(),
		/** Where the work can be read; left out for print-only works. */
		url: z.url().optional(),
		/** What kind of work it is, which decides how it is cited. */
		kind: z.enum(['boek', 'rapport', 'artikel', 'webpagina', 'instrument', 'rede']),
		/** A short note on what the toolbox takes from this source. */
		note: z.string().optional(),
		/** Year of publication; text for cases such as "2015, in voorbereiding" or "z.d.". Keep it last. */
		year: z.union([z.number().int(), z.string()]),
	});
}

/**
 * A moment in the school year that tools point at (`content/moments/`).
 * Weeks are calendar weeks counted from the first school week (week 1, a Monday): week 19 is the
 * nineteenth week after the start, holidays included. Weeks −5 to 0 are the summer holidays, so
 * week −6 and earlier are the last weeks of the school year before. The year plan (`/jaarplanning/`)
 * and its calendar file turn these weeks into dates.
 */
export function momentSchema() {
	return z
		.object({
			/** The moment as a reader says it, for example "Eerste schoolweek". */
			title: z.string().min(3),
			/** First week of the moment, counted from the first school week (1); −12 to 0 lie before it. */
			fromWeek: z.number().int().min(-12).max(52),
			/** Last week of the moment (same or later than `fromWeek`). */
			toWeek: z.number().int().min(-12).max(52),
			/** One sentence on what happens then. */
			description: z.string().min(10),
		})
		.refine((m) => m.toWeek >= m.fromWeek, {
			error: '`toWeek` ligt vóór `fromWeek`: een moment moet eindigen na het begin.',
			path: ['toWeek'],
		});
}
