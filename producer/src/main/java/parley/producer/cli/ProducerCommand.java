package parley.producer.cli;

import picocli.CommandLine.Command;

@Command(name = "producer", mixinStandardHelpOptions = true,
        description = "Read reports and publish their events to Kafka.",
        subcommands = {FilesCommand.class, WatchCommand.class, FeedCommand.class, GdeltCommand.class})
public class ProducerCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }
}
