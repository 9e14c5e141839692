package parley.producer.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class KbTest {
    private final Kb kb = Kb.get();

    private String code(String phrase, Kb.Type type) {
        return kb.lookup(Kb.key(phrase)).stream().filter(e -> e.type() == type).map(Kb.Entry::code).findFirst().orElse(null);
    }

    @Test
    void countriesDemonymsCitiesAndInstitutions() {
        assertThat(code("Azerbaijan", Kb.Type.COUNTRY)).isEqualTo("AZE");
        assertThat(code("Türkiye", Kb.Type.COUNTRY)).isEqualTo("TUR");
        assertThat(code("Turkey", Kb.Type.COUNTRY)).isEqualTo("TUR");
        assertThat(code("U.S.", Kb.Type.COUNTRY)).isEqualTo("USA");
        assertThat(code("Kosovo", Kb.Type.COUNTRY)).isEqualTo("XKX");
        assertThat(code("Azeri", Kb.Type.DEMONYM)).isEqualTo("AZE");
        assertThat(code("Burkinabe", Kb.Type.DEMONYM)).isEqualTo("BFA");   // from the generated data, not the overrides
        assertThat(code("Ouagadougou", Kb.Type.CITY)).isEqualTo("BFA");
        assertThat(code("Mombasa", Kb.Type.CITY)).isEqualTo("KEN");
        assertThat(code("Kremlin", Kb.Type.INST)).isEqualTo("RUS");
        assertThat(code("State Department", Kb.Type.INST)).isEqualTo("USA");
        assertThat(code("Élysée", Kb.Type.INST)).isEqualTo("FRA");
        assertThat(code("European Union", Kb.Type.COUNTRY)).isEqualTo("EU");
    }

    @Test
    void officeHoldersByDate() {
        assertThat(kb.holder("TUR", "Foreign Minister", LocalDate.of(2024, 6, 1)).name()).isEqualTo("Hakan Fidan");
        assertThat(kb.holder("TUR", "Foreign Minister", LocalDate.of(2022, 6, 1)).name()).isEqualTo("Mevlüt Çavuşoğlu");
        assertThat(kb.holder("RUS", "Defence Minister", LocalDate.of(2024, 8, 1)).name()).isEqualTo("Andrey Belousov");
        assertThat(kb.holder("GBR", "Prime Minister", LocalDate.of(2022, 10, 1)).name()).isEqualTo("Liz Truss");
        assertThat(kb.holder("USA", "President", LocalDate.of(2023, 1, 1)).name()).isEqualTo("Joe Biden");
    }

    @Test
    void fuzzySurnamesResolveToOnePerson() {
        assertThat(kb.person("Sergei Naryskin")).extracting(Kb.Office::name).contains("Sergey Naryshkin");
        assertThat(kb.person("Bairamov")).extracting(Kb.Office::country).contains("AZE");
        assertThat(Names.sameSurname("naryshkin", "naryskin")).isTrue();
        assertThat(Names.sameSurname("aliyev", "aliyeva")).isFalse();   // short names need an exact match
        assertThat(Names.sameSurname("pashinyan", "pashinyan")).isTrue();
        assertThat(Names.sameSurname("lavrov", "lavrova")).isFalse();
    }
}
