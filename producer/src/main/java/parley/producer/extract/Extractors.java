package parley.producer.extract;

/** The extractor the producer and `parley extract` use. */
public final class Extractors {
    private Extractors() { }

    private static final class Holder {
        static final Extractor STANDARD = new RuleExtractor();
    }

    /** The rule-based extractor (shared, thread-safe; KB and models load once on first use). */
    public static Extractor standard() {
        return Holder.STANDARD;
    }
}
