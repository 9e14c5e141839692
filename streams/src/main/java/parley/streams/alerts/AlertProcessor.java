package parley.streams.alerts;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parley.json.Json;
import parley.model.Alert;
import parley.model.EngagementRow;
import parley.model.Event;
import parley.streams.state.DayStores;
import parley.streams.time.Days;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The alert rules ({@link AlertRules}, docs/alerts.md) over final rows. Final rows never change and reach this
 * processor in window-end order per entity, so an alert depends only on the accepted events, never on arrival
 * speed or order: a replay raises exactly the alerts of the live run, late amendments within grace included.
 *
 * <p>One store, {@value #HISTORY}: entity → its window counts &gt; 0 of the last {@link AlertRules#historyDays()}
 * days ({@link History}), plus the first day this task saw under the key {@code ""}: days before it are unknown, so a
 * rule fires only once its whole look-back lies after it (no spike of everything at the start of a stream).
 */
public final class AlertProcessor implements Processor<String, Object, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(AlertProcessor.class);
    public static final String HISTORY = "alert-history";
    private static final String ORIGIN = "";
    private static final byte[] TOTAL_FIELD = ",\"total\":".getBytes(StandardCharsets.US_ASCII);

    private final AlertRules rules;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> store;
    private Integer origin;

    public AlertProcessor(AlertRules rules) { this.rules = rules; }

    public static StoreBuilder<KeyValueStore<String, byte[]>> historyStore(boolean inMemory) {
        return DayStores.of(HISTORY, Serdes.String(), Serdes.ByteArray(), inMemory);
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(HISTORY);
        this.origin = null;
    }

    /** A final row: key {@code entity|window_days|window_end} (RowWriter#key), value its JSON. */
    @Override
    public void process(Record<String, Object> row) {
        String key = row.key();
        int end = key.lastIndexOf('|');
        int bar = key.lastIndexOf('|', end - 1);
        if (end < 0 || bar < 0 || !key.substring(bar + 1, end).equals(String.valueOf(rules.window()))) return;
        String entity = key.substring(0, bar);
        int day = Days.of(LocalDate.parse(key.substring(end + 1)));
        evaluate(entity, day, total((byte[]) row.value()));
    }

    private void evaluate(String entity, int day, long count) {
        int origin = origin(day);
        History history = History.decode(store.get(entity));
        if (day <= history.lastDay()) { // cannot happen with rows in order; never alert twice
            log.warn("final row for {} on {} after {}: ignored by the alerts", entity, Days.date(day), Days.date(history.lastDay()));
            return;
        }
        boolean changed = history.dropBefore(day - rules.historyDays());
        if (day >= origin + rules.spikeWarmUpDays() && isSpikeStart(history, day, count))
            emit(entity, Alert.SPIKE, day, count, history.sum(day - rules.baselineDays(), day - 1), rules.baselineDays());
        if (rules.firstContact() && entity.indexOf('|') >= 0 && day >= origin + rules.firstContactWarmUpDays() && count > 0
                && history.sum(day - rules.firstContactDays() + rules.window() - 1, day - 1) == 0)
            emit(entity, Alert.FIRST_CONTACT, day, count, 0, rules.firstContactDays());
        if (count > 0) history.append(day, count);
        if (count == 0 && !changed) return; // a first-0 row, nothing forgotten: no write
        byte[] kept = history.encode();
        if (kept == null) store.delete(entity);
        else store.put(entity, kept);
    }

    /** Hot today and not hot yesterday: one alert per spike, on its first day. */
    private boolean isSpikeStart(History h, int day, long count) {
        int b = rules.baselineDays();
        return rules.hot(count, h.sum(day - b, day - 1)) && !rules.hot(h.at(day - 1), h.sum(day - 1 - b, day - 2));
    }

    /** The first day seen, stored once; kept in a field after the first read (init runs again after a restore). */
    private int origin(int day) {
        if (origin != null) return origin;
        byte[] o = store.get(ORIGIN);
        if (o != null) return origin = ByteBuffer.wrap(o).getInt();
        store.put(ORIGIN, ByteBuffer.allocate(Integer.BYTES).putInt(day).array());
        return origin = day;
    }

    private void emit(String entity, String rule, int day, long count, long baselineSum, int baselineDays) {
        Alert a = alert(entity, rule, day, count, baselineSum, baselineDays, rules.window());
        context.forward(new Record<>(a.alertKey(), Json.bytes(a), Days.timestamp(day), new RecordHeaders()));
    }

    /**
     * An alert as written: the window ending on {@code day} holds the events behind it; {@code baseline} is
     * baselineSum / baselineDays rounded half-up to 3 decimals.
     */
    public static Alert alert(String entity, String rule, int day, long count, long baselineSum, int baselineDays, int window) {
        boolean pair = entity.indexOf('|') >= 0;
        LocalDate from = Days.date(day - window + 1);
        LocalDate to = Days.date(day);
        double baseline = BigDecimal.valueOf(baselineSum).divide(BigDecimal.valueOf(baselineDays), 3, RoundingMode.HALF_UP).doubleValue();
        return new Alert(Event.SCHEMA, rule, pair ? null : entity, pair ? List.of(entity.split("\\|")) : null, to, window,
                from, to, count, baseline, baselineDays, true, Alert.drillDown(entity, from, to));
    }

    /** The row's total: read where RowWriter puts it, else (any other writer) with Jackson. */
    static long total(byte[] json) {
        outer:
        for (int i = 0; i + TOTAL_FIELD.length < json.length; i++) {
            for (int j = 0; j < TOTAL_FIELD.length; j++) if (json[i + j] != TOTAL_FIELD[j]) continue outer;
            long v = 0;
            int k = i + TOTAL_FIELD.length;
            int digits = 0;
            while (k < json.length && json[k] >= '0' && json[k] <= '9') {
                v = v * 10 + (json[k++] - '0');
                digits++;
            }
            if (digits > 0 && digits < 19 && k < json.length && json[k] == ',') return v;
            break;
        }
        return Json.read(json, EngagementRow.class).total();
    }
}
