import type { KeyValueStorage } from '../../../lib/storage/store';

/**
 * The browser's `localStorage`, or null when the page may not use it (storage switched off, some
 * private modes): then merely touching `window.localStorage` throws. A full storage still counts
 * as available; saving then reports it.
 */
export function browserStorage(): KeyValueStorage | null {
	try {
		const storage = window.localStorage;
		const probe = 'gereedschapskist:probe';
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch (error) {
		try {
			if (error instanceof DOMException && error.name === 'QuotaExceededError')
				return window.localStorage;
		} catch {
			// Not available at all.
		}
		return null;
	}
}
