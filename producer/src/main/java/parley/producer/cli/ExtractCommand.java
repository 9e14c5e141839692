package parley.producer.cli;

import parley.json.Json;
import parley.model.Event;
import parley.producer.extract.Article;
import parley.producer.extract.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the events of one article as JSON lines (CONTRACT.md §1): exactly what the producer would publish.")
public class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", required = true, paramLabel = "YYYY-MM-DD", description = "The article's publication day (UTC).")
    LocalDate published;

    @Parameters(paramLabel = "FILE", description = "The article; - reads standard input.")
    String file;

    @Override
    public Integer call() throws Exception {
        String text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(file));
        String id = Path.of(file).getFileName().toString();
        for (Event e : Extractors.standard().extract(new Article(id, null, null, published, null, text)))
            System.out.println(Json.string(e));
        return 0;
    }
}
