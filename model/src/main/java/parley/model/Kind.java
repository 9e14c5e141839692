package parley.model;

/** What happened: the four event kinds of CONTRACT.md §1. The order is the by_kind order. */
public enum Kind { VISIT, MEETING, CALL, STATEMENT }
