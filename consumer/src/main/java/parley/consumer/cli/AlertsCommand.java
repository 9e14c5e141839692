package parley.consumer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.consumer.alerts.AlertTable;
import parley.model.Alert;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Print the latest alerts from the results database (sink.sqlite), newest first.",
                "Spikes: a 7-day count well above its own 12-week baseline; first contacts: a pair's first",
                "engagement in 90 days. Rules and settings: docs/alerts.md."})
public class AlertsCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--rule", paramLabel = "RULE", description = "Only this rule: spike or first_contact.")
    String rule;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only alerts on or after this day.")
    LocalDate since;

    @Option(names = "--limit", defaultValue = "25", description = "How many alerts (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--db", paramLabel = "FILE", description = "The SQLite database (default: sink.sqlite).")
    Path db;

    @Override
    public Integer call() throws Exception {
        ParleyConfig c = common.config();
        if (rule != null && !List.of(Alert.SPIKE, Alert.FIRST_CONTACT).contains(rule))
            throw new CommandLine.ParameterException(new CommandLine(this), "--rule must be spike or first_contact, got '" + rule + "'");
        if (limit < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--limit must be at least 1");
        Path file = db != null ? db : Path.of(c.get("sink.sqlite"));
        System.out.print(AlertTable.format(AlertTable.read(file, rule, since, limit)));
        return 0;
    }
}
