import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { listEntryIds } from './lib/content-ids';
import {
	activitySchema,
	clusterSchema,
	factorSchema,
	momentSchema,
	sourceSchema,
} from './schemas/framework';
import { pageSchema } from './schemas/page';
import type { KnownIds } from './schemas/fields';

/** The framework's data lives outside Starlight's folder, in the top-level `content/`. */
const FRAMEWORK_DIR = './content';
const DOCS_DIR = './src/content/docs';

const DATA_EXTENSIONS = ['.yaml', '.yml', '.md'];

/** Ids that reference fields are checked against, read from the files themselves. */
const ids: KnownIds = {
	factors: listEntryIds(`${FRAMEWORK_DIR}/factors`, DATA_EXTENSIONS),
	clusters: listEntryIds(`${FRAMEWORK_DIR}/clusters`, DATA_EXTENSIONS),
	sources: listEntryIds(`${FRAMEWORK_DIR}/sources`, DATA_EXTENSIONS),
	moments: listEntryIds(`${FRAMEWORK_DIR}/moments`, DATA_EXTENSIONS),
	pages: listEntryIds(DOCS_DIR, ['.mdx', '.md']),
};

const dataCollection = (folder: string) =>
	glob({ pattern: '**/[^_]*.{md,yaml,yml}', base: `${FRAMEWORK_DIR}/${folder}` });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema(ids) }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	factors: defineCollection({ loader: dataCollection('factors'), schema: factorSchema(ids) }),
	clusters: defineCollection({ loader: dataCollection('clusters'), schema: clusterSchema() }),
	sources: defineCollection({ loader: dataCollection('sources'), schema: sourceSchema() }),
	moments: defineCollection({ loader: dataCollection('moments'), schema: momentSchema() }),
	activities: defineCollection({
		loader: dataCollection('activities'),
		schema: activitySchema(ids),
	}),
};
