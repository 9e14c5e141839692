package parley.model;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes an event may carry (CONTRACT.md §1): ISO 3166-1 alpha-3 from the JDK, plus Kosovo (XKX),
 * plus the organizations below. This is the one list in the code; extend {@link #ORGANIZATIONS} here.
 */
public final class Codes {
    /**
     * CONTRACT.md's seven, and (extended as it allows) the regional and specialised bodies whose heads travel, meet and
     * speak for them: African Union, ASEAN, ECOWAS, Organization of American States, Gulf Cooperation Council, IAEA,
     * OECD, Shanghai Cooperation Organisation. A person acting for one takes its code.
     */
    public static final Set<String> ORGANIZATIONS = Set.of("EU", "NATO", "UN", "CSTO", "CIS", "EAEU", "OSCE",
            "AU", "ASEAN", "ECOWAS", "OAS", "GCC", "IAEA", "OECD", "SCO");
    private static final Set<String> COUNTRIES;
    private static final Set<String> ALL;

    static {
        Set<String> c = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        c.add("XKX");
        COUNTRIES = Collections.unmodifiableSet(c);
        Set<String> all = new TreeSet<>(c);
        all.addAll(ORGANIZATIONS);
        ALL = Collections.unmodifiableSet(all);
    }

    private Codes() { }

    public static boolean isValid(String code) { return code != null && ALL.contains(code); }

    public static boolean isCountry(String code) { return code != null && COUNTRIES.contains(code); }

    public static boolean isOrganization(String code) { return code != null && ORGANIZATIONS.contains(code); }

    public static Set<String> countries() { return COUNTRIES; }

    public static Set<String> all() { return ALL; }
}
