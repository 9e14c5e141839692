package parley.producer.extract;

import org.junit.jupiter.api.Test;
import parley.model.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.producer.extract.ExtractorTestSupport.run;
import static parley.producer.extract.ExtractorTestSupport.speakers;

/** STATEMENT on phrasings of real news: who speaks, and which reported acts are no statement at all. */
class StatementRealNewsTest {

    @Test
    void anInvertedVerbHasItsSpeakerAfterIt() {
        // the subject of the reported words did not speak; the one named after the verb did
        assertThat(speakers("2024-03-10", "Ghanaian President John Mahama held a phone call on Monday with European leaders "
                + "discussing the crisis in the Sahel, said the Ghanaian presidency.")).doesNotContain("GHA:John Mahama");
        assertThat(speakers("2024-03-10", "Kenya will host the talks in Nairobi, said Foreign Minister Musalia Mudavadi on Monday."))
                .containsExactly("KEN:Musalia Mudavadi");
        // an unnamed speaker after the verb: nobody the rules can name, not the last name before it
        assertThat(speakers("2024-03-10", "Mudavadi will travel at the invitation of Uganda's Foreign Minister Jeje Odongo and "
                + "Tanzania's Foreign Minister January Makamba, said the spokesperson.")).isEmpty();
        // what follows the verb is what was said, not its speaker
        assertThat(speakers("2024-03-10", "Kenya's foreign minister Musalia Mudavadi, speaking in Nairobi at a rally, said Africa "
                + "\"must trade more with itself\".")).containsExactly("KEN:Musalia Mudavadi");
        assertThat(speakers("2024-03-10", "Kenya's foreign minister, Musalia Mudavadi, said Uganda's position was clear."))
                .containsExactly("KEN:Musalia Mudavadi");
    }

    @Test
    void aCourtesyOfTalksIsNoStatement() {
        // gratitude expressed is what a leader said (readouts report it so, annotators mark it); greetings passed on are not
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto expressed his deep gratitude to Ugandan President Yoweri "
                + "Museveni for his condolences over the floods.")).containsExactly("KEN:William Ruto");
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto conveyed the greetings of the Kenyan people to Ugandan President Yoweri "
                + "Museveni.")).isEmpty();
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto and Ugandan President Yoweri Museveni expressed their satisfaction with the progress "
                + "of their ties.")).isEmpty();
        // a view stated in public stays a statement
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto expressed concern over the fighting in Sudan."))
                .containsExactly("KEN:William Ruto");
    }

    @Test
    void aVerbWithANounObjectReportsAnActOfTheTalks() {
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto observed the signing of two agreements in Nairobi.")).isEmpty();
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto noted the growing trade between the two neighbours.")).isEmpty();
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto acknowledged Uganda's long support for peace in Somalia."))
                .isEmpty();
        // with a clause of what was said they are statements
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto noted that trade between the two neighbours had doubled."))
                .containsExactly("KEN:William Ruto");
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto noted the talks were useful.")).containsExactly("KEN:William Ruto");
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto observed that the region needed peace."))
                .containsExactly("KEN:William Ruto");
    }

    @Test
    void aJointReadoutOfTwoCountriesIsNoStatement() {
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto and Ugandan President Yoweri Museveni expressed continued "
                + "solidarity with Sudan.")).isEmpty();
        // said in public, in a joint statement, both speak
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto and Ugandan President Yoweri Museveni expressed continued "
                + "solidarity with Sudan in a joint statement.")).containsExactlyInAnyOrder("KEN:William Ruto", "UGA:Yoweri Museveni");
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto and Ugandan President Yoweri Museveni said the war in Sudan "
                + "must end.")).containsExactlyInAnyOrder("KEN:William Ruto", "UGA:Yoweri Museveni");
    }

    @Test
    void noOneSpeakerForAPluralPronounAnAideOrAnUnnamedOfficial() {
        assertThat(speakers("2024-03-10", "In Nairobi, the Ghanaian leader met his Kenyan counterpart, William Ruto, and they both "
                + "pledged to fight terrorism.")).isEmpty();
        assertThat(speakers("2024-03-10", "According to the President's press secretary, Luis Mendes, the Ghanaian leader's visit will "
                + "include a stop in Mombasa with President William Ruto.")).isEmpty();
        assertThat(speakers("2024-03-10", "Ruto's chief of staff later urged the Ghanaian team to sign the agreements, according to a "
                + "White House official.")).isEmpty();
    }

    @Test
    void whatSomeoneWasDoingIsNoOccasionOfSpeech() {
        assertThat(speakers("2024-03-10", "Mahama called Kenyan President William Ruto while he was speaking to supporters in Mombasa, "
                + "and so Ruto called him back after the rally.")).isEmpty();
        // the participle opening the sentence is the occasion of the words that follow
        assertThat(speakers("2024-03-10", "Speaking to supporters in Mombasa, Kenyan President William Ruto promised lower fuel prices."))
                .containsExactly("KEN:William Ruto");
    }

    @Test
    void aWelcomeOfATitledGuestIsAReception() {
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto welcomed the US President and his delegation as they "
                + "arrived at the airport.")).isEmpty();
        assertThat(speakers("2024-03-10", "Kenyan President William Ruto welcomed Uganda's decision to reopen the border."))
                .containsExactly("KEN:William Ruto");
    }

    @Test
    void aParticipleAfterAnInvertedVerbHasThatVerbsSpeaker() {
        assertThat(speakers("2024-03-10", "The union pledges to support the efforts of the Government of Kenya in fighting the floods, "
                + "said the statement, adding that the union stands with the Kenyan people.")).isEmpty();
        assertThat(speakers("2024-03-10", "The floods displaced thousands, said Kenyan Interior Minister Kithure Kindiki, adding that "
                + "aid was on its way.")).containsExactly("KEN:Kithure Kindiki");
    }

    @Test
    void aLocalOfficialTakesTheCountryTheStoryHappensIn() {
        // no dateline: the story's places name the country
        assertThat(speakers("2024-03-10", "Gunmen attacked a police post near the Afghan border on Monday. Two officers died in the "
                + "attack in Pakistan's north, which followed a bombing in Peshawar. \"They came at night,\" a local official Abdul "
                + "Rahim said.")).containsExactly("PAK:Abdul Rahim");
        // a foreign dateline alone does not make a local official its own
        assertThat(speakers("2024-03-10", "WASHINGTON - Fighting broke out in Peshawar and Lahore in Pakistan on Monday, local police "
                + "official Waris Ahmed said.")).containsExactly("PAK:Waris Ahmed");
        // without a word of local office an unknown name gets no country from the story
        assertThat(speakers("2024-03-10", "Gunmen attacked a police post near the Afghan border on Monday. Two officers died in the "
                + "attack in Pakistan's north, which followed a bombing in Peshawar. \"They came at night,\" Abdul Rahim said.")).isEmpty();
    }

    @Test
    void aNameInAppositionAfterAnInvertedVerbSpeaksOnTheDayOfTheReport() {
        assertThat(run("2024-03-10", "NAIROBI, Kenya - The opposition leader was sentenced by a Nairobi court on March 1, said a "
                + "spokesman for the city prosecutor's office, John Kamau.").stream().filter(e -> e.kind() == Kind.STATEMENT)
                .map(e -> e.actor().country() + ":" + e.actor().name() + ":" + e.date()))
                .containsExactly("KEN:John Kamau:2024-03-10");
    }

    @Test
    void bodiesSpeakUnderTheirCanonicalNames() {
        assertThat(speakers("2024-01-30", "The U.S. Department of Defense said in a statement that two soldiers were wounded in Syria."))
                .containsExactly("USA:Department of Defense");
        assertThat(speakers("2024-01-30", "The Pentagon said on Monday that the base would stay open."))
                .containsExactly("USA:Department of Defense");
        assertThat(speakers("2024-01-30", "\"The talks will go on,\" the Ministry of External Affairs said in a statement."))
                .containsExactly("IND:Ministry of External Affairs");
        assertThat(speakers("2024-01-30", "The Nigerian Army said the road to Maiduguri was open again."))
                .containsExactly("NGA:Nigerian Army");
        // a body without its country named is the story's, when the dateline agrees with its places
        assertThat(speakers("2024-01-30", "PESHAWAR, Pakistan - The Frontier Corps said its troops were attacked near Peshawar."))
                .containsExactly("PAK:Frontier Corps");
        assertThat(speakers("2024-01-30", "WASHINGTON - The Frontier Corps said its troops were attacked near Peshawar and Lahore."))
                .isEmpty();
    }

    @Test
    void aSurnameAfterAFullNameIsThatPersonNotAKbNamesake() {
        // the KB knows a head of government of that surname; the story's forecaster is someone else
        assertThat(speakers("2022-12-14", "CTV meteorologist Kalin Mitchell says snow totals ranged from 11 cm to 40 cm. "
                + "\"There is a chance of flurries on Thursday,\" says Mitchell.")).isEmpty();
        assertThat(speakers("2022-12-14", "Russian Foreign Minister Sergei Lavrov arrived in Astana on Monday. \"We are allies,\" "
                + "Lavrov said.")).containsExactly("RUS:Sergey Lavrov");
    }

    @Test
    void reassuredThatIsSpeech() {
        assertThat(speakers("2022-12-14", "In turn, Russian Foreign Minister Sergey Lavrov reassured that all the key issues of the "
                + "visit were being worked out.")).containsExactly("RUS:Sergey Lavrov");
    }

    @Test
    void aCityBeforeAColonIsADateline() {
        assertThat(speakers("2022-09-16", "New Delhi: \"The talks covered trade and energy,\" Foreign Secretary Anil Mehra said on Friday."))
                .containsExactly("IND:Anil Mehra");
        assertThat(speakers("2022-09-16", "Note: \"The talks covered trade and energy,\" Foreign Secretary Anil Mehra said on Friday."))
                .isEmpty();
    }

    @Test
    void anOppositionLeaderIsOfTheStorysCountry() {
        assertThat(speakers("2024-03-10", "Protests spread from Lilongwe to Blantyre on Monday after the vote in Malawi. \"We reject "
                + "these results,\" opposition leader Peter Banda said.")).containsExactly("MWI:Peter Banda");
    }
}
