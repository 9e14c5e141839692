package parley.producer.extract;

/** A mention in a sentence: tokens [s, e). */
final class Ment {
    enum Type { PLACE, DEMONYM, INST, PERSON, ROLE, PRON }

    final Type type;
    final int s;
    final int e;
    String code;        // country / organization code (may be null until resolved)
    String name;        // canonical name (person, institution, place)
    String role;        // title text
    String office;      // normalized office, if known
    boolean former;
    boolean city;       // PLACE: a city (name kept for Place.name)
    boolean possessive; // followed by 's
    boolean orgCode;    // PLACE whose code is an organization (EU, NATO...)
    boolean self;       // PRON: the narrator's I / me / my

    Ment(Type type, int s, int e) {
        this.type = type;
        this.s = s;
        this.e = e;
    }

    /** A place that stands for a country only (no city): tokens [s, e), possibly empty. */
    static Ment country(int s, int e, String code) {
        Ment m = new Ment(Type.PLACE, s, e);
        m.code = code;
        return m;
    }

    boolean isAgent() {
        return type == Type.PERSON || type == Type.ROLE || type == Type.INST || type == Type.PRON;
    }

    /** A person by name: a PERSON, or a ROLE with its holder's name ("Foreign Minister X"), not a bare title. */
    boolean isNamedPerson() {
        return type == Type.PERSON || type == Type.ROLE && name != null;
    }

    @Override
    public String toString() { return type + "[" + s + "," + e + ")" + name + "/" + code + (role == null ? "" : "/" + role); }
}
