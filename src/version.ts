/** Kept in step with package.json by a test, so reports name the version that produced them. */
export const VERSION = '0.1.0';
