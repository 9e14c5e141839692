package parley.app.log;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.PatternParser;
import org.apache.logging.log4j.status.StatusLogger;
import parley.model.Text;

import java.util.List;

/**
 * {@code %safe{pattern}}: formats the inner pattern, then escapes what a log line must not carry from untrusted
 * text ({@link Text#escapeControls}): CR, LF and every other control character, and the Unicode bidi overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that would visually reorder the rest of the line. Log4j's own
 * {@code %enc{…}{CRLF}} only handles CR and LF. Used as {@code %safe{%m}} in log4j2-parley.xml.
 */
@Plugin(name = "EscapeControlsConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"safe"})
public final class EscapeControlsConverter extends LogEventPatternConverter {
    private final List<PatternFormatter> formatters;

    private EscapeControlsConverter(List<PatternFormatter> formatters) {
        super("safe", "safe");
        this.formatters = formatters;
    }

    /** Called by Log4j with the options in braces; {@code options[0]} is the pattern to escape. */
    public static EscapeControlsConverter newInstance(Configuration config, String[] options) {
        if (options == null || options.length != 1 || options[0] == null) {
            StatusLogger.getLogger().error("%safe{pattern} needs exactly one option, the pattern to escape, e.g. %safe{%m}");
            return null;
        }
        PatternParser parser = PatternLayout.createPatternParser(config);
        return new EscapeControlsConverter(parser.parse(options[0]));
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
        int start = toAppendTo.length();
        for (PatternFormatter f : formatters) f.format(event, toAppendTo);
        CharSequence written = toAppendTo.subSequence(start, toAppendTo.length());
        String escaped = Text.escapeControls(written);
        if (!escaped.contentEquals(written)) {
            toAppendTo.setLength(start);
            toAppendTo.append(escaped);
        }
    }

    @Override
    public boolean handlesThrowable() { return false; }
}
