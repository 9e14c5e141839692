package parley.bench;

import parley.producer.extract.Article;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic English news-like articles of 600–1,000 words: about one sentence in four reports a visit,
 * meeting, phone call or statement between named officials of two countries (with a date or weekday), the rest
 * is filler (economy, weather, background, quotes without a diplomatic event), as in real wire copy.
 */
public final class ArticleGenerator {
    private static final String[] PEOPLE = {"Anna Albrecht", "Boris Petrov", "Carlos Duarte", "Dilma Castillo",
            "Emmanuel Moreau", "Fumio Tanaka", "Hakan Yilmaz", "Ilham Haddad", "Jens Eriksen", "Li Zhang",
            "Mette Jensen", "Olaf Schmidt", "Petr Novak", "Sergei Ivanov", "Ursula Weber", "Yoon Sato"};
    private static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "Defence Minister",
            "Trade Minister", "Ambassador"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] FILLER = {
            "Markets in the region closed slightly higher on the day as investors weighed new inflation figures.",
            "The central bank is expected to keep interest rates unchanged at its next meeting, analysts said.",
            "Heavy rain caused flooding in several northern districts, and schools were closed as a precaution.",
            "Local officials said repairs to the main highway would take at least another three weeks.",
            "The opposition criticised the budget, saying it did too little for families facing higher energy bills.",
            "Exports of grain rose by almost a fifth compared with the same month last year, according to customs data.",
            "A spokesperson for the ministry declined to comment on the reports, citing ongoing consultations.",
            "The two countries have had a difficult relationship since a border dispute flared up more than a decade ago.",
            "Trade between them reached a record last year, driven mainly by energy, machinery and agricultural goods.",
            "Observers expect the issue to feature prominently at the regional summit planned for later this year.",
            "Unemployment fell to its lowest level in five years, the statistics office said in a monthly release.",
            "Critics say the new law gives the authorities too much power over independent media outlets.",
            "Tourism has recovered strongly, with hotel occupancy in the capital close to pre-pandemic levels.",
            "The football federation announced that the national team would play two friendly matches in June.",
            "Scientists at the national university published a study on drought resistance in wheat varieties."};

    private final Random rnd;
    private final List<String> countries = new ArrayList<>();

    public ArticleGenerator(long seed) {
        this.rnd = new Random(seed);
        for (String c : EventGenerator.CODES) {
            if (c.length() != 3) continue;
            String iso2 = alpha2(c);
            if (iso2 == null) continue;
            String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(iso2)) countries.add(name);
        }
    }

    private static String alpha2(String alpha3) {
        for (String a2 : Locale.getISOCountries()) {
            try {
                if (new Locale("", a2).getISO3Country().equals(alpha3)) return a2;
            } catch (java.util.MissingResourceException ignored) { /* no alpha-3 */ }
        }
        return null;
    }

    private String country() {
        // skewed like the events: low ranks far more often
        int i = (int) Math.min(countries.size() - 1, Math.floor(Math.pow(rnd.nextDouble(), 3) * countries.size()));
        return countries.get(i);
    }

    private String official() {
        return TITLES[rnd.nextInt(TITLES.length)] + " " + PEOPLE[rnd.nextInt(PEOPLE.length)];
    }

    private String eventSentence(LocalDate published) {
        String a = country();
        String b = country();
        while (b.equals(a)) b = country();
        String when = rnd.nextBoolean() ? "on " + WEEKDAYS[rnd.nextInt(7)]
                : "on " + published.minusDays(rnd.nextInt(3)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + published.minusDays(rnd.nextInt(3)).getDayOfMonth();
        return switch (rnd.nextInt(4)) {
            case 0 -> a + "'s " + official() + " visited " + b + " " + when + " for talks on trade and security.";
            case 1 -> official() + " of " + a + " met " + official() + " of " + b + " in Geneva " + when + ".";
            case 2 -> official() + " of " + a + " spoke by phone with his " + b + " counterpart " + when + ", the ministry said.";
            default -> official() + " of " + a + " said " + when + " that " + b + " must respect the ceasefire agreement.";
        };
    }

    public Article next(long seq) {
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
        int targetWords = 600 + rnd.nextInt(401);
        StringBuilder text = new StringBuilder();
        int words = 0;
        int paragraph = 0;
        while (words < targetWords) {
            String s = rnd.nextInt(4) == 0 ? eventSentence(published) : FILLER[rnd.nextInt(FILLER.length)];
            text.append(s);
            words += s.split(" ").length;
            if (++paragraph % 4 == 0) text.append("\n\n");
            else text.append(' ');
        }
        return new Article("bench-article-" + seq, "Diplomatic roundup " + seq, "https://news.example.org/a/" + seq,
                published, "bench", text.toString().trim());
    }

    public static int words(String text) { return text.isBlank() ? 0 : text.trim().split("\\s+").length; }
}
