package parley.producer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching edge cases of the scorer (the behaviour of score.py, checked rule by rule). */
class ScorerTest {

    private static JsonNode ev(String json) {
        try {
            return EvalSet.JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static JsonNode visit(String actor, String host, String date, String precision) {
        return ev("{'kind':'VISIT','actor':{'name':'A','country':'" + actor + "'},'place':{'name':'P','country':'" + host
                + "'},'date':" + (date == null ? "null" : "'" + date + "'") + ",'date_precision':"
                + (precision == null ? "null" : "'" + precision + "'") + "}");
    }

    private static JsonNode visit(String date) { return visit("ETH", "KEN", date, "DAY"); }

    private static JsonNode statement(String name, String country, String date) {
        return ev("{'kind':'STATEMENT','actor':{'name':'" + name + "','country':'" + country + "'},'date':'" + date + "'}");
    }

    // ---- dates

    @Test
    void dayDatesMatchWithinTheToleranceOnly() {
        JsonNode g = visit("2024-03-13");
        assertThat(Scorer.compatible(g, visit("2024-03-13"), 1, true)).isTrue();          // exact
        assertThat(Scorer.compatible(g, visit("2024-03-14"), 1, true)).isFalse();         // tolerated
        assertThat(Scorer.compatible(g, visit("2024-03-12"), 1, true)).isFalse();
        assertThat(Scorer.compatible(g, visit("2024-03-15"), 1, true)).isNull();          // two days off
        assertThat(Scorer.compatible(g, visit("2024-03-15"), 2, true)).isFalse();
        assertThat(Scorer.compatible(g, visit("2024-03-14"), 0, true)).isNull();
        assertThat(Scorer.compatible(visit("2024-02-29"), visit("2024-03-01"), 1, true)).isFalse();   // across a month end
        assertThat(Scorer.compatible(g, visit("2024-03-13T23:00:00Z"), 1, true)).isTrue();             // timestamp → its day
    }

    @Test
    void monthAndYearPrecisionNeedTheSamePeriod() {
        JsonNode month = visit("ETH", "KEN", "2024-03-01", "MONTH");
        assertThat(Scorer.compatible(month, visit("2024-03-31"), 1, true)).isTrue();
        assertThat(Scorer.compatible(month, visit("2024-02-29"), 1, true)).isNull();       // a day off, but another month
        assertThat(Scorer.compatible(month, visit("2023-03-15"), 1, true)).isNull();
        JsonNode year = visit("ETH", "KEN", "2024", "year");
        assertThat(Scorer.compatible(year, visit("2024-12-31"), 1, true)).isTrue();
        assertThat(Scorer.compatible(year, visit("2025-01-01"), 1, true)).isNull();
        // any other precision (PUBLISHED, junk) is DAY
        assertThat(Scorer.compatible(visit("ETH", "KEN", "2024-03-01", "PUBLISHED"), visit("2024-03-20"), 1, true)).isNull();
    }

    @Test
    void undatedGoldAcceptsAnyDateButDatedGoldNeedsOne() {
        assertThat(Scorer.compatible(visit(null), visit(null), 1, true)).isTrue();
        assertThat(Scorer.compatible(visit(null), visit("1999-01-01"), 1, true)).isFalse();
        assertThat(Scorer.compatible(visit("2024-03-13"), visit(null), 1, true)).isNull();
        assertThat(Scorer.compatible(visit("2024-03-13"), visit("13 March 2024"), 1, true)).isNull();
        assertThat(Scorer.day(ev("'2024-02-30'"))).isNull();
        assertThat(Scorer.day(ev("'0000-01-01'"))).isNull();
    }

    // ---- countries

    @Test
    void pairsAreUnorderedAndVisitHostFallsBackToTheCounterpart() {
        JsonNode g = ev("{'kind':'MEETING','actor':{'name':'Ruto','country':'KEN'},'counterpart':{'name':'Abiy','country':'ETH'},'date':'2024-03-13'}");
        JsonNode swapped = ev("{'kind':'MEETING','actor':{'name':'Abiy','country':'eth'},'counterpart':{'name':'Ruto','country':' KEN '},'date':'2024-03-13'}");
        JsonNode other = ev("{'kind':'MEETING','actor':{'name':'Abiy','country':'ETH'},'counterpart':{'name':'X','country':'SOM'},'date':'2024-03-13'}");
        assertThat(Scorer.compatible(g, swapped, 1, true)).isTrue();
        assertThat(Scorer.compatible(g, other, 1, true)).isNull();
        assertThat(Scorer.countryKey(g)).isEqualTo(Scorer.countryKey(swapped)).isEqualTo(new Scorer.CountryKey("MEETING", "ETH", "KEN"));
        // a VISIT's direction matters: the host is the place's country, else the counterpart's
        assertThat(Scorer.compatible(visit("ETH", "KEN", "2024-03-13", "DAY"), visit("KEN", "ETH", "2024-03-13", "DAY"), 1, true)).isNull();
        JsonNode noPlace = ev("{'kind':'VISIT','actor':{'country':'ETH'},'counterpart':{'country':'KEN'},'place':null,'date':'2024-03-13'}");
        assertThat(Scorer.compatible(visit("2024-03-13"), noPlace, 1, true)).isTrue();
        // kinds must agree (compared trimmed and upper-cased)
        assertThat(Scorer.compatible(visit("2024-03-13"), ev("{'kind':' visit ','actor':{'country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13'}"), 1, true)).isTrue();
        assertThat(Scorer.compatible(g, ev("{'kind':'CALL','actor':{'country':'KEN'},'counterpart':{'country':'ETH'},'date':'2024-03-13'}"), 1, true)).isNull();
    }

    // ---- speakers

    @Test
    void speakersMatchBySurnameTolerantOfSpellingAndTitles() {
        assertThat(Speakers.speakerMatch("Recep Tayyip Erdoğan", "President Erdogan")).isTrue();
        assertThat(Speakers.speakerMatch("Sergei Naryshkin", "Naryskin")).isTrue();                       // transliteration
        assertThat(Speakers.speakerMatch("Hossein Amir-Abdollahian", "Amirabdollahian")).isTrue();        // fused hyphen
        assertThat(Speakers.speakerMatch("Lee Jae-myung", "Lee")).isTrue();                                // surname first
        assertThat(Speakers.speakerMatch("Anwar Ibrahim", "Anwar")).isTrue();                              // one-word name
        assertThat(Speakers.speakerMatch("William Ruto", "Abiy Ahmed")).isFalse();
        assertThat(Speakers.speakerMatch("William Ruto", "")).isFalse();
        assertThat(Speakers.speakerMatch("", "anyone")).isTrue();                                          // no gold name
    }

    @Test
    void institutionsMatchTheirHeadWordAcronymOrCountry() {
        assertThat(Speakers.speakerMatch("Ministry of Foreign Affairs of Russia", "Russian MFA")).isTrue();
        assertThat(Speakers.speakerMatch("Ministry of Foreign Affairs of Russia", "Foreign ministry")).isTrue();
        assertThat(Speakers.speakerMatch("Government of France", "France")).isTrue();
        assertThat(Speakers.speakerMatch("Government of France", "Emmanuel Macron")).isFalse();
        assertThat(Speakers.speakerMatch("North Atlantic Treaty Organization (NATO)", "NATO")).isTrue();
        assertThat(Speakers.speakerMatch("Press office of President Lula", "Lula da Silva")).isTrue();    // person inside
        assertThat(Speakers.speakerMatch("White House", "the Kremlin")).isFalse();
    }

    // ---- matching

    @Test
    void optimalMatchingFindsTheAssignmentFirstFitMisses() {
        // p0 fits both gold events, p1 only the first: first-fit gives g0 p0 and leaves g1 unmatched
        List<JsonNode> gold = List.of(visit("2024-03-13"), visit("2024-03-15"));
        List<JsonNode> pred = List.of(visit("2024-03-14"), visit("2024-03-12"));
        assertThat(Scorer.greedyMatch(gold, pred, 1)).hasSize(1);
        assertThat(Scorer.match(gold, pred, 1)).containsExactly(new Scorer.Pair(0, 1, false), new Scorer.Pair(1, 0, false));
        assertThat(Scorer.scoreDoc(gold, pred, 1).tpPairs()).hasSize(2);
    }

    @Test
    void matchingPrefersCoreGoldThenExactDatesThenNames() {
        JsonNode core = visit("2024-03-13"), nonCore = ev("{'kind':'VISIT','actor':{'country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13','core':false}");
        // one prediction, two candidates: the core event takes it even though the non-core one comes first
        Scorer.DocScore d = Scorer.scoreDoc(List.of(nonCore, core), List.of(visit("2024-03-14")), 1);
        assertThat(d.tpPairs()).containsExactly(new Scorer.Pair(1, 0, false));
        assertThat(d.neutral()).isEmpty();
        // the exact date wins over the tolerated one
        assertThat(Scorer.match(List.of(core), List.of(visit("2024-03-14"), visit("2024-03-13")), 1))
                .containsExactly(new Scorer.Pair(0, 1, true));
        // all else equal, names decide (tie-break): each traveller gets the prediction that names them
        JsonNode abiy = ev("{'kind':'VISIT','actor':{'name':'Abiy Ahmed','country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13'}");
        JsonNode demeke = ev("{'kind':'VISIT','actor':{'name':'Demeke Mekonnen','country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13'}");
        JsonNode predDemeke = ev("{'kind':'VISIT','actor':{'name':'Mekonnen','country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13'}");
        JsonNode predAbiy = ev("{'kind':'VISIT','actor':{'name':'PM Abiy Ahmed','country':'ETH'},'place':{'country':'KEN'},'date':'2024-03-13'}");
        assertThat(Scorer.tiebreak(abiy, predAbiy)).isEqualTo(4);
        assertThat(Scorer.match(List.of(abiy, demeke), List.of(predDemeke, predAbiy), 1))
                .containsExactly(new Scorer.Pair(0, 1, true), new Scorer.Pair(1, 0, true));
    }

    @Test
    void predictionsOnNonCoreGoldAreNeutralAndOthersFalsePositives() {
        JsonNode plan = ev("{'kind':'VISIT','actor':{'country':'KEN'},'place':{'country':'ETH'},'date':null,'core':false}");
        List<JsonNode> pred = List.of(visit("KEN", "ETH", "2024-05-01", "DAY"), visit("FRA", "DEU", "2024-05-01", "DAY"),
                ev("{'kind':'PROTEST','actor':{'country':'KEN'}}"));
        Scorer.Report r = Scorer.score(java.util.Map.of("d", List.of(plan, visit("2024-03-13"))), java.util.Map.of("d", pred), 1);
        assertThat(r.neutral()).isEqualTo(1);
        assertThat(r.overall().gold()).isEqualTo(1);
        assertThat(r.overall().pred()).isEqualTo(2);                   // the neutral one is not counted
        assertThat(r.overall().tp()).isZero();
        assertThat(r.perKind().get("OTHER").pred()).isEqualTo(1);
        assertThat(r.docs().get("d").missed()).containsExactly(1);
    }

    @Test
    void countryLevelComparesMultisetsIgnoringDatesAndNames() {
        List<JsonNode> gold = List.of(visit("2024-03-13"), visit("2024-03-20"));
        List<JsonNode> pred = List.of(visit("2020-01-01"), visit("KEN", "ETH", "2024-03-13", "DAY"));
        Scorer.DocScore d = Scorer.scoreDoc(gold, pred, 1);
        assertThat(d.tpPairs()).isEmpty();
        assertThat(d.countryTp()).isEqualTo(1);
        assertThat(d.goldOnly()).containsExactly(new Scorer.CountryKey("VISIT", "ETH", "KEN"));
        assertThat(d.predOnly()).containsExactly(new Scorer.CountryKey("VISIT", "KEN", "ETH"));
        assertThat(d.predOnly().get(0)).hasToString("['VISIT', 'KEN', 'ETH']");
    }

    // ---- plumbing

    @Test
    void hungarianMaximisesTotalWeight() {
        long[][] w = {{5, 4, 0}, {4, 0, 0}, {0, 3, 1}};
        assertThat(Hungarian.maxWeight(w)).containsExactly(new int[] {0, 1}, new int[] {1, 0}, new int[] {2, 2});
        assertThat(Hungarian.maxWeight(new long[][] {{0, 0}})).isEmpty();
        assertThat(Hungarian.maxWeight(new long[][] {{1}, {2}})).containsExactly(new int[] {1, 0});
    }

    @Test
    void figuresRoundHalfEvenOnTheExactValueAsPython() {
        assertThat(Py.fixed(0.0625, 3)).isEqualTo("0.062");              // String.format would say 0.063
        assertThat(Py.fixed(0.8125, 3)).isEqualTo("0.812");
        assertThat(Py.fixed(2.0 / 3, 3)).isEqualTo("0.667");
        assertThat(Py.fixed(5.0 / 8, 2)).isEqualTo("0.62");
    }

    @Test
    void docsTsvIsReadAsPythonsCsvModuleReadsIt() {
        assertThat(Tsv.parse("file\tpublished\r\n\"a\tb.txt\"\t2024-01-02\n\nc.txt\t\nd \"x\".txt\t\"2024\"\"\"\n"))
                .containsExactly(List.of("file", "published"), List.of("a\tb.txt", "2024-01-02"), List.of(),
                        List.of("c.txt", ""), List.of("d \"x\".txt", "2024\""));
        assertThat(Tsv.parse("a\tb")).containsExactly(List.of("a", "b"));
    }

    @Test
    void extractorOutputLinesThatAreNotEventsAreSkippedAndCounted() {
        EvalSet.Prediction p = EvalSet.parseEvents("INFO starting\n{\"kind\":\"VISIT\"}\r\n{broken\n[1]\n\n  {\"kind\":\"CALL\"}  ");
        assertThat(p.events()).hasSize(2);
        assertThat(p.problem()).isEqualTo("1 unparseable JSON line(s) skipped");
    }
}
