package parley.consumer.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English display names for the contract's codes (ISO alpha-3 from the JDK, plus Kosovo and organizations). */
public final class CountryNames {
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            try {
                NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 for this alpha-2
            }
        }
        NAMES.put("XKX", "Kosovo");
        NAMES.put("EU", "European Union");
        NAMES.put("NATO", "NATO");
        NAMES.put("UN", "United Nations");
        NAMES.put("CSTO", "Collective Security Treaty Organization");
        NAMES.put("CIS", "Commonwealth of Independent States");
        NAMES.put("EAEU", "Eurasian Economic Union");
        NAMES.put("OSCE", "OSCE");
    }

    private CountryNames() { }

    /** The name, or the code itself when unknown. */
    public static String name(String code) {
        if (code == null) return null;
        return NAMES.getOrDefault(code, code);
    }
}
