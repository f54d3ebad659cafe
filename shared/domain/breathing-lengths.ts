/**
 * Lengths of a breathing break anyone picks, in minutes: the breathe-now setup and Preferences
 * offer the same ones, so a length chosen in one place is a choice in the other.
 */
export const BREATHING_LENGTH_MINUTES = [1, 2, 3, 5] as const;
