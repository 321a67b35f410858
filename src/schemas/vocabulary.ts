/**
 * The closed word lists of the content model, with the Dutch label that the site shows for each.
 * One place: schemas, filters, badges and exports all read their labels from here.
 */

/** Sectors a tool is meant for. */
export const SECTORS = {
	po: 'Primair onderwijs',
	vo: 'Voortgezet onderwijs',
	mbo: 'Mbo',
	'sociaal-domein': 'Sociaal domein',
} as const;

/** Who uses a tool. */
export const AUDIENCES = {
	leraar: 'Leraar',
	'mentor-slb': 'Mentor of slb’er',
	team: 'Team',
	schoolleiding: 'Schoolleiding',
} as const;

/** What kind of tool it is. */
export const TOOL_KINDS = {
	kaart: 'Kaart voor ouders',
	checklist: 'Checklist',
	gesprek: 'Gesprek',
	plan: 'Plan of afspraken',
	bijeenkomst: 'Bijeenkomst',
	netwerk: 'Netwerk van ouders',
	schoolbeleid: 'Schoolbeleid',
} as const;

/** File formats a download may have. */
export const DOWNLOAD_FORMATS = {
	pdf: 'PDF',
	docx: 'Word (.docx)',
	xlsx: 'Excel (.xlsx)',
	csv: 'CSV',
	ics: 'Agenda (.ics)',
	json: 'JSON',
} as const;

/** Where the link between a tool and the ten factors comes from. */
export const MAPPING_ORIGINS = {
	bron: 'Uit het brondocument',
	gereedschapskist: 'Eigen uitwerking van de gereedschapskist',
} as const;

export type Sector = keyof typeof SECTORS;
export type Audience = keyof typeof AUDIENCES;
export type ToolKind = keyof typeof TOOL_KINDS;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;
export type MappingOrigin = keyof typeof MAPPING_ORIGINS;

/** The keys of a label map (or any map keyed by code), as the tuple `z.enum` wants. */
export function keysOf<T extends Record<string, unknown>>(
	labels: T,
): [keyof T & string, ...(keyof T & string)[]] {
	return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
