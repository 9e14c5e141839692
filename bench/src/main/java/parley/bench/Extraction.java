package parley.bench;

import parley.producer.extract.Article;
import parley.producer.extract.Extractor;
import parley.producer.extract.Extractors;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles per second of {@code Extractors.standard()} on one thread (so the rate is per core), on generated
 * articles of 600–1,000 words. The articles are generated before the clock starts. Warm-up runs the articles untimed
 * for at least {@link #WARM_UP} (and at least 10 % of them): the extractor's big methods are still being recompiled by
 * the JIT after a few hundred articles, and a steady-state rate is what a long-running producer sees.
 */
final class Extraction {
    record Result(String extractor, int articles, long words, double seconds, long events, boolean placeholder) {
        double articlesPerS() { return articles / seconds; }
        double wordsPerS() { return words / seconds; }
    }

    static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(10);

    private Extraction() { }

    static Result run(int count, long seed, PrintStream out) {
        ArticleGenerator g = new ArticleGenerator(seed);
        List<Article> articles = new ArrayList<>(count);
        long words = 0;
        for (int i = 0; i < count; i++) {
            Article a = g.next(i);
            words += ArticleGenerator.words(a.text());
            articles.add(a);
        }
        Extractor x = Extractors.standard();
        int warm = Math.max(20, count / 10);
        long warmEvents = 0;
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; i < warm || System.nanoTime() < warmUntil; i++) warmEvents += x.extract(articles.get(i % count)).size();
        long events = 0;
        long t0 = System.nanoTime();
        long nextProgress = t0 + 5_000_000_000L;
        for (int i = 0; i < count; i++) {
            events += x.extract(articles.get(i)).size();
            long now = System.nanoTime();
            if (now > nextProgress) {
                nextProgress = now + 5_000_000_000L;
                double s = (now - t0) / 1e9;
                out.printf("  [extraction] %,d/%,d articles (%.0f/s), ETA %.0f s%n", i + 1, count, (i + 1) / s, (count - i - 1) / ((i + 1) / s));
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return new Result(x.getClass().getName(), count, words, s, events, events == 0 && warmEvents == 0);
    }
}
