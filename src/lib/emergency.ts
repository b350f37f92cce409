/**
 * The number to call in an emergency, wherever the site says it. A module of its own so the
 * quiz island can say it without bundling the site's page list and the clinic's facts.
 */
export const EMERGENCY_NUMBER = '911';
