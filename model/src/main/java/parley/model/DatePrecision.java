package parley.model;

/** How precisely the text dates an event; PUBLISHED = no date in the text, the publication day is used. */
public enum DatePrecision { DAY, MONTH, YEAR, PUBLISHED }
