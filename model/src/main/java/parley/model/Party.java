package parley.model;

/** A person or body taking part in an event; {@code country} is a code from {@link Codes}. */
public record Party(String name, String country, String role) {
    public Party withCountry(String c) { return new Party(name, c, role); }
}
