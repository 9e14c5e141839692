package parley.producer.feed;

import parley.model.DatePrecision;
import parley.model.Event;
import parley.model.Kind;
import parley.model.Party;
import parley.model.Source;
import parley.producer.extract.Article;
import parley.producer.extract.Extractor;
import parley.producer.publish.EventPublisher;
import parley.producer.publish.Reject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test doubles: a clock that moves only when told (or when the poller sleeps), an extractor, a publisher. */
final class Fakes {
    private Fakes() { }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) { now = start; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    /** Sleeps by moving the clock, and remembers each sleep. */
    static final class ClockSleeper implements FeedPoller.Sleeper {
        final MutableClock clock;
        final List<Duration> sleeps = new ArrayList<>();

        ClockSleeper(MutableClock clock) { this.clock = clock; }

        @Override
        public void sleep(Duration d) {
            sleeps.add(d);
            clock.advance(d);
        }
    }

    /** Records articles; returns one STATEMENT per article (enough to see what was published). */
    static final class RecordingExtractor implements Extractor {
        final List<Article> articles = new ArrayList<>();

        @Override
        public List<Event> extract(Article a) {
            articles.add(a);
            Event e = new Event(Event.SCHEMA, null, null, Kind.STATEMENT, a.published(), DatePrecision.PUBLISHED,
                    new Party("Test Speaker", "RUS", null), null, null, List.of(),
                    new Source(a.sourceId(), a.title(), a.url(), a.published(), a.feed()), null, null, null, null);
            return List.of(e.withKeys());
        }
    }

    static final class RecordingPublisher implements EventPublisher {
        final List<Event> events = new ArrayList<>();
        final List<Reject> rejects = new ArrayList<>();
        int flushes;
        int failFlushes;

        @Override public void publish(Event event) { events.add(event); }

        @Override public void reject(Reject reject) { rejects.add(reject); }

        @Override
        public void flush() {
            flushes++;
            if (failFlushes > 0) {
                failFlushes--;
                throw new IllegalStateException("broker unavailable");
            }
        }

        @Override public void close() { }
    }
}
