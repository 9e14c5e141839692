package parley.producer.extract;

/** The extractor the producer and `parley extract` use. */
public final class Extractors {
    private Extractors() { }

    public static Extractor standard() {
        return article -> java.util.List.of(); // placeholder until the rule-based extractor lands
    }
}
