/**
 * Pages that moved: old path → new path. Lecturers link to pages and sections from their course
 * material, so a published address never stops working. When a page moves, add its old path here
 * (Astro serves a redirect) and keep the old path in `tests/published-urls.txt`.
 */
export const redirects: Record<string, string> = {};
