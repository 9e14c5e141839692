package parley.model;

/** Where an event happened: a city or region name (may be null) and its country code. */
public record Place(String name, String country) { }
