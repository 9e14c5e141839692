package parley.consumer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.consumer.Ranking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "top", mixinStandardHelpOptions = true,
        description = "Print the current per-country ranking from the results database (sink.sqlite).")
public class TopCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--window", defaultValue = "30", description = "Window size in days (one of the configured windows; default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Window end day (default: the latest).")
    LocalDate date;

    @Option(names = "--limit", defaultValue = "25", description = "How many countries (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--db", paramLabel = "FILE", description = "The SQLite database (default: sink.sqlite).")
    Path db;

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        if (!c.windows().contains(window))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--window " + window + " is not a configured window size " + c.windows());
        if (limit < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--limit must be at least 1");
        Path file = db != null ? db : Path.of(c.get("sink.sqlite"));
        System.out.print(Ranking.format(Ranking.read(file, window, date, limit)));
        return 0;
    }
}
