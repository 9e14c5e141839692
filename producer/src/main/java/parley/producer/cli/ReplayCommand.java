package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.model.Topics;
import parley.producer.publish.KafkaEventPublisher;
import parley.producer.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-publish stored events in event-time order into another events topic.",
                "Reads the events topic or JSON-lines archives, at full speed or paced. Run a Streams app (its own application.id) on the",
                "target topic: results equal the original run's. Example:",
                "  ./parley replay --to-topic parley.replay.events --speed max",
                "  ./parley streams --set topic.events=parley.replay.events --set application.id=parley-replay \\",
                "                   --set topic.live=parley.replay.live --set topic.final=parley.replay.final \\",
                "                   --set topic.alerts=parley.replay.alerts"})
public class ReplayCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event day to replay (default: all).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event day to replay (default: all).")
    LocalDate to;

    @Option(names = "--speed", defaultValue = "max", description = "max, Nx (event time N × faster than real time; 86400x = a day per second) or N/s (events per second). Default ${DEFAULT-VALUE}.")
    String speed;

    @Option(names = "--archive", paramLabel = "FILE|DIR", description = "Read events from JSON-lines files instead of the events topic. Repeatable.")
    List<Path> archives = new ArrayList<>();

    @Option(names = "--to-topic", required = true, paramLabel = "TOPIC", description = "Where to publish (must differ from the events topic when reading it).")
    String toTopic;

    @Option(names = "--include-late", description = "Also replay events the original run found late (they then count).")
    boolean includeLate;

    @Override
    public Integer call() throws Exception {
        Replayer.Speed sp;
        try {
            sp = Replayer.Speed.parse(speed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        if (from != null && to != null && to.isBefore(from))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--to is before --from");
        ParleyConfig c = common.config();
        Topics source = Topics.from(c);
        if (archives.isEmpty() && toTopic.equals(source.events()))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--to-topic must differ from the events topic it reads (" + source.events() + ")");
        if (common.printConfig) c.print(System.out);
        KafkaSetup.awaitCluster(c);
        ParleyConfig target = c.with("topic.events", toTopic, "cli --to-topic");
        KafkaSetup.ensureTopics(target, Duration.ofSeconds(60));
        try (Replayer r = new Replayer(Path.of(System.getProperty("java.io.tmpdir")), from, to)) {
            System.out.println("parley replay: reading " + (archives.isEmpty() ? "topic " + source.events() : archives) + "...");
            if (archives.isEmpty()) r.addTopic(c, source.events(), includeLate ? null : source.late());
            else r.addArchive(archives);
            System.out.printf("parley replay: %,d events to replay into %s at speed %s%n", r.stored(), toTopic, speed);
            Replayer.Stats s;
            try (KafkaEventPublisher pub = new KafkaEventPublisher(target)) {
                s = r.replay(sp, pub::publish, System.out);
                pub.flush();
            }
            System.out.printf("parley replay: %,d read, %,d replayed, %,d outside --from/--to, %,d late in the original run (left out), %,d invalid%n",
                    s.read(), s.replayed(), s.outOfRange(), s.skippedLate(), s.invalid());
        }
        return 0;
    }
}
