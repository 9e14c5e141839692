package parley.producer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The extractor's versions, derived from what decides its output instead of hand-edited constants: the rules version
 * hashes the compiled rule classes and the rule word lists, the KB version hashes the KB resources. Any change to a
 * rule or a KB row gives events a new version, so events of different rule sets are never mistaken for each other.
 */
final class RulesVersion {
    private RulesVersion() { }

    /** The classes whose code decides which events an article yields. */
    static final List<Class<?>> RULE_CLASSES = List.of(RuleExtractor.class, SentenceContext.class, VisitRules.class, MeetingCallRules.class,
            StatementRules.class, SentenceRules.class, Analyzer.class, Lexicon.class,
            Dates.class, Tok.class, Names.class, Unwrap.class, DocState.class, Ment.class, Kb.class, Nlp.class);

    /** The KB resources under parley/kb/. */
    static final List<String> KB_FILES = List.of("countries.tsv", "cities.tsv", "overrides.tsv", "officeholders.tsv", Kb.WIKIDATA);

    /** The rule word lists under parley/rules/ (part of the rules version). */
    static final List<String> RULE_FILES = Triggers.FILES;

    static final String RULES = "2." + hash(RULE_CLASSES, RULE_FILES);
    static final String KB = hash(List.of(), KB_FILES.stream().map(f -> "/parley/kb/" + f).toList());

    static String hash(List<Class<?>> classes, List<String> resources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : classes) digest(md, c, c.getSimpleName() + ".class");
            for (String r : resources) digest(md, RulesVersion.class, r.startsWith("/") ? r : "/parley/rules/" + r);
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest md, Class<?> base, String name) {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource for the extractor version: " + name);
            md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
