package parley.producer.gdelt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the fields the adapter needs sit in one row (0-based). Three fixed layouts are recognised by field count
 * in headerless files; a header line (GDELT 1.0 column names, as in the R re-exports) gives a layout by name.
 * {@code shift} is added to every index (1 when a row carries a leading R row number that the header lacks).
 */
final class Layout {
    final String label;
    final int width;
    final int id, sqlDate, a1Code, a1Name, a1Country, a1Group, a2Code, a2Name, a2Country, a2Group;
    final int isRoot, eventCode, numMentions, numSources, numArticles, geoName, geoCountry, dateAdded, sourceUrl;

    private Layout(String label, int width, int id, int sqlDate, int a1Code, int a1Name, int a1Country, int a1Group,
                   int a2Code, int a2Name, int a2Country, int a2Group, int isRoot, int eventCode, int numMentions,
                   int numSources, int numArticles, int geoName, int geoCountry, int dateAdded, int sourceUrl) {
        this.label = label;
        this.width = width;
        this.id = id;
        this.sqlDate = sqlDate;
        this.a1Code = a1Code;
        this.a1Name = a1Name;
        this.a1Country = a1Country;
        this.a1Group = a1Group;
        this.a2Code = a2Code;
        this.a2Name = a2Name;
        this.a2Country = a2Country;
        this.a2Group = a2Group;
        this.isRoot = isRoot;
        this.eventCode = eventCode;
        this.numMentions = numMentions;
        this.numSources = numSources;
        this.numArticles = numArticles;
        this.geoName = geoName;
        this.geoCountry = geoCountry;
        this.dateAdded = dateAdded;
        this.sourceUrl = sourceUrl;
    }

    /** GDELT 2.0 export: 61 columns; ActionGeo block at 51–58 (with ADM2Code), DATEADDED 59 (YYYYMMDDHHMMSS), SOURCEURL 60. */
    static final Layout V2 = new Layout("v2-61", 61, 0, 1, 5, 6, 7, 8, 15, 16, 17, 18, 25, 26, 31, 32, 33, 52, 53, 59, 60);
    /** GDELT 1.0 daily file (from 2013-04-01): 58 columns; ActionGeo 49–55, DATEADDED 56 (YYYYMMDD), SOURCEURL 57. */
    static final Layout V1_DAILY = new Layout("v1-58", 58, 0, 1, 5, 6, 7, 8, 15, 16, 17, 18, 25, 26, 31, 32, 33, 50, 51, 56, 57);
    /** GDELT 1.0 back-file: 57 columns, as the daily layout without SOURCEURL. */
    static final Layout V1_BACKFILE = new Layout("v1-57", 57, 0, 1, 5, 6, 7, 8, 15, 16, 17, 18, 25, 26, 31, 32, 33, 50, 51, 56, -1);

    /** The fixed layout for a headerless row of {@code n} fields, or null. */
    static Layout byWidth(int n) {
        return switch (n) {
            case 61 -> V2;
            case 58 -> V1_DAILY;
            case 57 -> V1_BACKFILE;
            default -> null;
        };
    }

    /** The same columns one further right: for rows with a leading row number the header does not name. */
    Layout shifted(int by, String suffix) {
        return new Layout(label + suffix, width + by, id + by, sqlDate + by, a1Code + by, a1Name + by, a1Country + by,
                a1Group + by, a2Code + by, a2Name + by, a2Country + by, a2Group + by, isRoot + by, eventCode + by,
                numMentions + by, numSources + by, numArticles + by, geoName + by, geoCountry + by, dateAdded + by,
                sourceUrl < 0 ? -1 : sourceUrl + by);
    }

    /**
     * A layout from header names (case-insensitive GDELT column names). Throws IllegalArgumentException naming the
     * missing columns; SOURCEURL is optional (the 1.0 back-file has none).
     */
    static Layout fromHeader(String[] names, int n, String label) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) idx.putIfAbsent(names[i].trim().toUpperCase(Locale.ROOT), i);
        StringBuilder missing = new StringBuilder();
        int[] c = new int[20];
        String[] need = {"GLOBALEVENTID", "SQLDATE", "ACTOR1CODE", "ACTOR1NAME", "ACTOR1COUNTRYCODE",
                "ACTOR1KNOWNGROUPCODE", "ACTOR2CODE", "ACTOR2NAME", "ACTOR2COUNTRYCODE", "ACTOR2KNOWNGROUPCODE",
                "ISROOTEVENT", "EVENTCODE", "NUMMENTIONS", "NUMSOURCES", "NUMARTICLES", "ACTIONGEO_FULLNAME",
                "ACTIONGEO_COUNTRYCODE", "DATEADDED", "SOURCEURL"};
        for (int i = 0; i < need.length; i++) {
            Integer at = idx.get(need[i]);
            if (at == null && !need[i].equals("SOURCEURL")) missing.append(missing.length() == 0 ? "" : ",").append(need[i]);
            c[i] = at == null ? -1 : at;
        }
        if (missing.length() > 0) throw new IllegalArgumentException("header lacks " + missing);
        return new Layout(label, n, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12],
                c[13], c[14], c[15], c[16], c[17], c[18]);
    }
}
