package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.hostOf;
import static parley.producer.extract.ExtractorTestSupport.of;
import static parley.producer.extract.ExtractorTestSupport.run;

/** Earlier legs of a tour, told in a clause about the trip: "a tour that earlier took him to X and to Y". */
class TourLegsTest {

    private static List<String> visits(String pub, String text) {
        return of(run(pub, text), Kind.VISIT).stream().map(e -> e.actor().country() + ">" + hostOf(e) + "@" + e.date()).toList();
    }

    @Test
    void eachLegTheTourTookHimTo() {
        assertThat(visits("2024-06-20", "Japanese Prime Minister Fumio Kishida arrived in Kuala Lumpur on June 18, the last leg of a tour "
                + "that earlier took him to Fiji from June 13 and to Samoa from June 15."))
                .containsExactlyInAnyOrder("JPN>MYS@2024-06-18", "JPN>FJI@2024-06-13", "JPN>WSM@2024-06-15");
        assertThat(visits("2024-06-20", "Colombian President Gustavo Petro met Pedro Sanchez in Madrid, the last stop of a European "
                + "swing that also took him to Italy.")).contains("COL>ITA@2024-06-20");
    }

    /** Only a trip takes someone somewhere: a career or a job is no visit. */
    @Test
    void aCareerIsNoTrip() {
        assertThat(visits("2024-06-20", "Kenyan Foreign Minister Musalia Mudavadi, whose career took him to Paris, spoke on Monday.")).isEmpty();
    }

    /** A senior diplomat the KB knows by office: his country comes from the KB, not from the text. */
    @Test
    void aForeignSecretaryOfTheKb() {
        assertThat(visits("2024-10-01", "Foreign Secretary Vikram Misri visited Nairobi on 26 September.")).containsExactly("IND>KEN@2024-09-26");
    }

    @Test
    void aTripToldByItsArrivalIsDatedByTheArrival() {
        // the talks' full date ranks above a weekday, but the trip began on the day of arrival
        assertThat(visits("2025-03-07", "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Accra on "
                + "March 6.\n\nRuto arrived in Accra on Tuesday.")).containsExactly("KEN>GHA@2025-03-04");
    }

    @Test
    void aMeetingInAWhereClauseIsAtThatPlace() {
        // the meeting was in Tallinn, the place the ", where" clause is about, not in Georgia where he arrived
        assertThat(visits("2017-08-01", "US Vice President Mike Pence has arrived in Georgia from Tallinn, where he held a meeting "
                + "with Estonian President Kersti Kaljulaid.")).containsExactlyInAnyOrder("USA>GEO@2017-08-01", "USA>EST@2017-08-01");
    }
}
