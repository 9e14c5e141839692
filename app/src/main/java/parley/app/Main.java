package parley.app;

import parley.config.ConfigException;
import parley.producer.cli.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ./parley command line: one subcommand per part of the pipeline. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = {"Diplomacy as a live stream: reports → events → rolling per-country engagement on Kafka.", "",
                "Start with:  ./parley demo      (the whole pipeline on built-in sample input)",
                "Tests:       ./parley test      (unit + integration tests on a real embedded broker)", ""},
        subcommands = {parley.app.demo.DemoCommand.class, parley.app.bench.BenchCommand.class, parley.app.broker.BrokerCommand.class, StreamsCommand.class, parley.producer.cli.ProducerCommand.class, parley.consumer.cli.ConsumerCommand.class, parley.consumer.cli.TopCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException) {
                cmd.getErr().println("parley: configuration error: " + ex.getMessage());
                return 2;
            }
            cmd.getErr().println("parley " + cmd.getCommandName() + ": " + ex.getMessage());
            ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cli.execute(args);
    }
}
