package parley.producer.cli;

import parley.json.Json;
import parley.model.Event;
import parley.producer.extract.Article;
import parley.producer.extract.Extractors;
import parley.producer.extract.HtmlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the events of one article as JSON lines (CONTRACT.md §1): exactly what the producer would publish.")
public class ExtractCommand implements Callable<Integer> {
    public enum Format { text, html, auto }

    @Option(names = "--published", required = true, paramLabel = "YYYY-MM-DD", description = "The article's publication day (UTC).")
    LocalDate published;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "text|html|auto",
            description = "Input format: plain text, HTML (main text only, boilerplate dropped), or auto-detect (default).")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The article; - reads standard input.")
    String file;

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            System.err.println("parley extract: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        String id = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
        List<Event> events;
        try {
            events = events(id, bytes, published, format);
        } catch (IllegalArgumentException e) {
            System.err.println("parley extract: " + file + ": " + e.getMessage());
            return 3;
        }
        for (Event e : events) System.out.println(Json.string(e));
        return 0;
    }

    /**
     * The events this command prints for one article's bytes (the scorer runs this in-process).
     *
     * @throws IllegalArgumentException with the reason when the input is refused (binary, not UTF-8, no text)
     */
    public static List<Event> events(String id, byte[] bytes, LocalDate published, Format format) {
        String text = decode(bytes);
        boolean html = format == Format.html || format == Format.auto && looksHtml(text);
        if (html) text = HtmlText.mainText(text);
        if (text.isBlank()) throw new IllegalArgumentException("no text to read (empty input)");
        return Extractors.standard().extract(new Article(id, null, null, published, null, text));
    }

    /** UTF-8 text (BOM dropped); binary input (NUL bytes, many control characters, invalid UTF-8) is refused. */
    public static String decode(byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException("empty input");
        int ctrl = 0;
        for (byte b : bytes) {
            if (b == 0) throw new IllegalArgumentException("binary input (NUL bytes), not an article");
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') ctrl++;
        }
        if (ctrl > bytes.length / 100 + 5) throw new IllegalArgumentException("binary input (control characters), not an article");
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            // Latin-1 text is readable; anything else with many high bytes is refused
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            long letters = s.chars().filter(Character::isLetter).count();
            if (letters < s.length() / 2) throw new IllegalArgumentException("not UTF-8 text (binary?), not an article");
            return s;
        }
    }

    public static boolean looksHtml(String s) {
        String head = s.substring(0, Math.min(s.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")
                || head.contains("<div") || head.contains("<article");
    }
}
