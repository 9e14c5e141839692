package parley.app;

import org.slf4j.LoggerFactory;
import parley.config.ConfigException;
import parley.model.EventCodec;
import parley.model.InvalidEventException;
import parley.model.Text;
import parley.producer.cli.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.time.LocalDate;

/** The ./parley command line: one subcommand per part of the pipeline. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = {"Diplomacy as a live stream: reports → events → rolling per-country engagement on Kafka.", "",
                "Start with:  ./parley demo      (the whole pipeline on built-in sample input)",
                "Tests:       ./parley test      (unit + integration tests on a real embedded broker)", ""},
        subcommands = {parley.app.demo.DemoCommand.class, parley.app.broker.BrokerCommand.class, StreamsCommand.class,
                parley.producer.cli.ProducerCommand.class, parley.app.metrics.MeteredCommands.Consumer.class,
                parley.consumer.cli.TopCommand.class, parley.consumer.cli.AlertsCommand.class, parley.app.metrics.MeteredCommands.Dashboard.class,
                parley.producer.cli.ReplayCommand.class, ExtractCommand.class, parley.producer.cli.ScoreCommand.class,
                LauncherCommands.Bench.class, LauncherCommands.Test.class, CommandLine.HelpCommand.class})
public final class Main {
    /** An error message for the terminal: no password from a URL it quotes, no control or bidi characters. */
    static String safe(String m) { return Text.escapeControls(parley.config.ParleyConfig.maskSecrets(m)); }

    private static boolean debug() {
        String d = System.getenv("PARLEY_DEBUG");
        return d != null && !d.isBlank() && !d.equals("0") && !d.equalsIgnoreCase("false");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with parley's converters and error handling (what {@link #run} executes). */
    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * Parley's converters and error handling on any command line: Main's, and the bench's (module bench/, run by the
     * launcher with its own main class).
     */
    public static CommandLine configure(CommandLine cli) {
        // a day flag is a strict calendar day: "2024-02-30" is refused with the reason, never rolled over
        cli.registerConverter(LocalDate.class, s -> {
            try {
                return EventCodec.parseDay(s);
            } catch (InvalidEventException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException) {
                cmd.getErr().println("parley: configuration error: " + safe(ex.getMessage()));
                return 2;
            }
            // a failure the user can act on is one line; the stack trace only on request (it is also in the log file)
            cmd.getErr().println("parley " + cmd.getCommandName() + ": " + safe(String.valueOf(ex.getMessage()))
                    + (debug() ? "" : "  (PARLEY_DEBUG=1 shows the stack trace)"));
            if (debug()) ex.printStackTrace(cmd.getErr());
            else LoggerFactory.getLogger(Main.class).debug("parley {} failed", cmd.getCommandName(), ex);
            return 1;
        });
        return cli;
    }
}
