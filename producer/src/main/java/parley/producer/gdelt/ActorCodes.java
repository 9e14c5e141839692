package parley.producer.gdelt;

import parley.model.Codes;

import java.util.Map;
import java.util.Set;

/**
 * GDELT actor codes to contract codes (CONTRACT.md §1).
 * <ul>
 *   <li>{@code ActorNCountryCode} that is ISO 3166-1 alpha-3 (the JDK list) is used as is; CAMEO's Kosovo code
 *       {@code KSV} becomes {@code XKX}.</li>
 *   <li>Otherwise, when {@code ActorNKnownGroupCode} names an organisation of the contract, that organisation:
 *       {@code NAT}→NATO, {@code EEC}→EU, {@code UNO}→UN (incl. UN agencies coded under it), {@code SCE}→OSCE,
 *       {@code CIS}→CIS. (GDELT codes them e.g. {@code IGOWSTNAT} with country {@code WST}, {@code IGOEUREEC} with
 *       {@code EUR}.) CAMEO region codes are NOT organisations: {@code EUR} is Europe, not the EU.</li>
 *   <li>CAMEO regions ({@link #REGIONS}) → skip {@code region-code}; anything else → {@code unknown-code};
 *       nothing at all → {@code no-actor-country}.</li>
 * </ul>
 */
final class ActorCodes {
    static final Map<String, String> GROUP_TO_ORG = Map.of("NAT", "NATO", "EEC", "EU", "UNO", "UN", "SCE", "OSCE", "CIS", "CIS");
    static final Map<String, String> CAMEO_COUNTRY = Map.of("KSV", "XKX");
    /** CAMEO regional codes met in the samples (README of the shared data; meanings from the CAMEO codebook). */
    static final Set<String> REGIONS = Set.of("EUR", "WST", "AFR", "NMR", "MEA", "SEA", "ASA", "CAS", "PGS", "SAS",
            "SAF", "WAF", "EAF");

    private ActorCodes() { }

    /** The contract code of one actor side, or null (then {@link #whyNot} says why). */
    static String resolve(String country, String group) {
        if (!country.isEmpty()) {
            if (Codes.isCountry(country)) return country;
            String mapped = CAMEO_COUNTRY.get(country);
            if (mapped != null) return mapped;
        }
        if (!group.isEmpty()) {
            String org = GROUP_TO_ORG.get(group);
            if (org != null) return org;
        }
        return null;
    }

    /** The reason {@link #resolve} gave null: {@code no-actor-country}, {@code region-code} or {@code unknown-code}. */
    static String whyNot(String country) {
        if (country.isEmpty()) return Skip.NO_ACTOR_COUNTRY;
        if (REGIONS.contains(country)) return Skip.REGION_CODE;
        return Skip.UNKNOWN_CODE;
    }
}
