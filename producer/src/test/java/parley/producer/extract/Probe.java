package parley.producer.extract;

import parley.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Development aid (not a test): prints the events of short articles in a file ("=== YYYY-MM-DD" before each). */
public final class Probe {
    public static void main(String[] args) throws Exception {
        String all = Files.readString(Path.of(args[0]));
        int n = 0;
        for (String block : all.split("(?m)^=== ")) {
            if (block.isBlank()) continue;
            int nl = block.indexOf('\n');
            LocalDate pub = LocalDate.parse(block.substring(0, nl).strip());
            String text = block.substring(nl + 1);
            System.out.println("#" + (++n) + " " + text.strip().replace('\n', ' ').substring(0, Math.min(110, text.strip().length())));
            for (Event e : Extractors.standard().extract(new Article("p" + n, null, null, pub, null, text))) {
                System.out.println("    " + e.kind() + " " + e.actor().name() + "/" + e.actor().country()
                        + (e.counterpart() == null ? "" : " ~ " + e.counterpart().name() + "/" + e.counterpart().country())
                        + (e.place() == null ? "" : " @" + e.place().name() + "/" + e.place().country()) + " " + e.date() + " " + e.datePrecision());
            }
        }
    }
}
