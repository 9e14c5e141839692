package parley.app.log;

import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.filter.AbstractFilter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@code <RepeatFilter seconds="5"/>}: lets a log line through at most once every few seconds per logger and message.
 * A Kafka client that cannot reach its cluster repeats the same line in a tight loop (119,315 "Rebootstrapping"
 * lines, 37 MB, in one minute of `producer files` without a broker); the first one says all there is to say.
 */
@Plugin(name = "RepeatFilter", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE, printObject = true)
public final class RepeatFilter extends AbstractFilter {
    /** Bounds the memory of lines seen: a flood of distinct lines clears it rather than growing it. */
    static final int MAX_KEYS = 10_000;

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    RepeatFilter(long intervalNanos, LongSupplier clock) {
        super(Result.NEUTRAL, Result.DENY);
        this.intervalNanos = intervalNanos;
        this.clock = clock;
    }

    @PluginFactory
    public static RepeatFilter createFilter(@PluginAttribute(value = "seconds", defaultInt = 5) int seconds) {
        return new RepeatFilter(seconds * 1_000_000_000L, System::nanoTime);
    }

    @Override
    public Result filter(LogEvent event) {
        String key = event.getLoggerName() + '\u0000' + event.getLevel() + '\u0000'
                + (event.getMessage() == null ? "" : event.getMessage().getFormattedMessage());
        long now = clock.getAsLong();
        Long before = lastLogged.get(key);
        if (before != null && now - before < intervalNanos) return onMismatch; // the same line, too soon: dropped
        if (lastLogged.size() >= MAX_KEYS) lastLogged.clear();
        lastLogged.put(key, now);
        return onMatch;
    }
}
