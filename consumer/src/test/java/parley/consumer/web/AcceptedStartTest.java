package parley.consumer.web;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the dashboard starts reading the accepted-events topic (DashboardDrillDownIT reads a year of records with it). */
class AcceptedStartTest {
    static final TopicPartition TP = new TopicPartition("accepted", 0);

    @Test
    void theBoundIsMidnightOfTheLatestDayMinusTheDays() {
        long latest = Instant.parse("2024-08-07T13:45:00Z").toEpochMilli(); // a record stamped with the clock
        assertThat(Instant.ofEpochMilli(AcceptedStart.bound(latest, 97))).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
        assertThat(AcceptedStart.bound(-1, 97)).as("nothing known: read from the start").isEqualTo(-1);
        assertThat(AcceptedStart.bound(5 * AcceptedStart.MILLIS_PER_DAY, 97)).as("clamped").isZero();
    }

    /**
     * A year of records in the order Streams writes them (days out of order by up to 7 behind the latest so far),
     * with gaps where commit markers and compacted records were: the start skips only records older than the bound,
     * and skips most of the year.
     */
    @Test
    void startsAfterOnlyRecordsOlderThanTheBound() {
        Random rnd = new Random(3);
        LocalDate first = LocalDate.parse("2024-01-01");
        List<long[]> written = new ArrayList<>(); // offset, day
        long offset = 0;
        int latest = 0;
        for (int i = 0; i < 365 * 20; i++) {
            latest = Math.max(latest, i / 20);
            int day = Math.max(0, latest - (rnd.nextInt(4) == 0 ? rnd.nextInt(8) : 0));
            written.add(new long[]{offset, day});
            offset += 1 + (rnd.nextInt(5) == 0 ? 1 : 0) + (rnd.nextInt(10) == 0 ? 3 : 0); // markers, compaction gaps
        }
        long end = offset + 1; // a last commit marker
        MockConsumer<String, String> c = new MockConsumer<>("earliest");
        c.updateBeginningOffsets(Map.of(TP, 0L));
        c.updateEndOffsets(Map.of(TP, end));
        // the mock returns whatever is queued: answer each seek with the first record at or after the position
        AcceptedStart start = new AcceptedStart(c, Duration.ofSeconds(5));
        Answering answering = new Answering(c, written, first);
        long from = answering.run(() -> start.offsets(List.of(TP), 97, 7).get(TP));

        long bound = first.plusDays(364 - 97 - 7).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        for (long[] w : written) {
            long ts = first.plusDays(w[1]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (w[0] < from) assertThat(ts).as("skipped record at " + w[0]).isLessThan(bound + 7 * AcceptedStart.MILLIS_PER_DAY);
        }
        long skipped = written.stream().filter(w -> w[0] < from).count();
        assertThat(skipped).as("most of the year is skipped").isGreaterThan(written.size() * 6 / 10);
        long keptOlder = written.stream().filter(w -> w[0] >= from && w[1] < 364 - 97 - 7 - 7 - 1).count();
        assertThat(keptOlder).as("and little before the bound is read").isZero();
        assertThat(answering.reads).as("records read to find it").isLessThan(1_200);
    }

    /** Feeds a MockConsumer the record at or after each seek position, as a broker would. */
    static final class Answering {
        final MockConsumer<String, String> c;
        final List<long[]> written;
        final LocalDate first;
        int reads;

        Answering(MockConsumer<String, String> c, List<long[]> written, LocalDate first) {
            this.c = c;
            this.written = written;
            this.first = first;
        }

        long run(java.util.function.LongSupplier call) {
            c.schedulePollTask(this::answer);
            return call.getAsLong();
        }

        private void answer() {
            c.schedulePollTask(this::answer);
            if (!c.assignment().contains(TP) || c.paused().contains(TP)) return;
            long pos = c.position(TP);
            for (long[] w : written)
                if (w[0] >= pos) {
                    reads++;
                    long ts = first.plusDays(w[1]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    c.addRecord(new ConsumerRecord<>(TP.topic(), TP.partition(), w[0], ts, TimestampType.CREATE_TIME,
                            0, 0, "k", "v", new org.apache.kafka.common.header.internals.RecordHeaders(), Optional.empty()));
                    return;
                }
            c.seek(TP, c.endOffsets(List.of(TP)).get(TP)); // only markers left: a read_committed consumer moves past them
        }
    }
}
