package parley.producer.gdelt;

import java.util.Arrays;

/** Builds synthetic GDELT rows (written here, not copied) in the three native layouts. */
final class GdeltRows {
    private final Layout l;
    private final String[] f;

    private GdeltRows(Layout l) {
        this.l = l;
        this.f = new String[l.width];
        Arrays.fill(f, "");
    }

    static GdeltRows v2() { return new GdeltRows(Layout.V2).dateAdded("20240807101500"); }

    static GdeltRows v1daily() { return new GdeltRows(Layout.V1_DAILY).dateAdded("20240807"); }

    static GdeltRows v1backfile() { return new GdeltRows(Layout.V1_BACKFILE).dateAdded("20240807"); }

    GdeltRows id(String v) { f[l.id] = v; return this; }
    GdeltRows date(String v) { f[l.sqlDate] = v; return this; }
    GdeltRows dateAdded(String v) { f[l.dateAdded] = v; return this; }
    GdeltRows code(String v) { f[l.eventCode] = v; return this; }
    GdeltRows a1(String name, String country) { f[l.a1Name] = name; f[l.a1Country] = country; f[l.a1Code] = country; return this; }
    GdeltRows a2(String name, String country) { f[l.a2Name] = name; f[l.a2Country] = country; f[l.a2Code] = country; return this; }
    GdeltRows a1Group(String code, String group) { f[l.a1Code] = code; f[l.a1Group] = group; return this; }
    GdeltRows geo(String name, String fips) { f[l.geoName] = name; f[l.geoCountry] = fips; return this; }
    GdeltRows counts(int mentions, int sources, int articles) {
        f[l.numMentions] = "" + mentions; f[l.numSources] = "" + sources; f[l.numArticles] = "" + articles; return this;
    }
    GdeltRows url(String v) { if (l.sourceUrl >= 0) f[l.sourceUrl] = v; return this; }
    GdeltRows set(int i, String v) { f[i] = v; return this; }

    /** A typical row: id 1, dated 2024-08-06, code 042, Russia → Azerbaijan, geo Baku (AJ). */
    static GdeltRows visit(GdeltRows r) {
        return r.id("1").date("20240806").code("042").a1("RUSSIA", "RUS").a2("AZERBAIJAN", "AZE")
                .geo("Baku, Baku, Azerbaijan", "AJ").counts(12, 3, 10).url("https://example.org/a");
    }

    String tsv() { return String.join("\t", f); }

    int width() { return f.length; }
}
