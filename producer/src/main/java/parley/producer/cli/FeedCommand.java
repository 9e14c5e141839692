package parley.producer.cli;

import parley.config.CommonOptions;
import parley.config.ParleyConfig;
import parley.kafka.KafkaSetup;
import parley.producer.extract.Extractors;

import parley.producer.feed.FeedPoller;
import parley.producer.feed.NetworkPolicy;
import parley.producer.publish.KafkaEventPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds (URLs or local files) and publish the events of each new item's page, until Ctrl-C.",
                "Conditional requests, robots.txt, a per-host delay and per-feed backoff; items already read are remembered in the state folder."})
public class FeedCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "URL|FILE", description = "Feeds.")
    List<String> feeds;

    @Option(names = "--interval-minutes", defaultValue = "15", description = "Poll interval (default ${DEFAULT-VALUE}).")
    int intervalMinutes;

    @Option(names = "--once", description = "Poll every feed once and exit.")
    boolean once;

    @Option(names = "--max-items-per-poll", paramLabel = "N",
            description = "Handle at most N new items per feed and poll; the rest are reported and left for the next poll (default: all).")
    Integer maxItems;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where read items and validators are kept (default ${work.dir}/feeds).")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        if (intervalMinutes < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--interval-minutes must be at least 1");
        if (maxItems != null && maxItems < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--max-items-per-poll must be at least 1");
        ParleyConfig c = common.config();
        if (common.printConfig) c.print(System.out);
        KafkaSetup.awaitCluster(c);
        KafkaSetup.ensureTopics(c, Duration.ofSeconds(60));
        Path state = stateDir != null ? stateDir : Path.of(c.get("work.dir")).resolve("feeds");
        FeedPoller.Options o = FeedPoller.Options.defaults().withInterval(Duration.ofMinutes(intervalMinutes));
        if (maxItems != null) o = o.withMaxItemsPerPoll(maxItems);
        try (KafkaEventPublisher pub = new KafkaEventPublisher(c);
             FeedPoller p = FeedPoller.builder(state, Extractors.standard(), pub).feeds(feeds).options(o)
                     .networks(NetworkPolicy.allowing(c.get("feed.allow.networks")))
                     .build()) {
            if (once) {
                FeedPoller.PollStats s = p.pollOnce();
                System.out.println(s);
                // as producer files: 1 when an input (a feed document or an item) was rejected
                return s.rejected > 0 || s.feedsRejected > 0 ? 1 : 0;
            }
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { p.close(); try { main.join(10_000); } catch (InterruptedException ignored) { } }));
            System.out.println("parley feed: polling " + feeds.size() + " feed(s) every " + intervalMinutes + " min; Ctrl-C stops.");
            p.run();
        }
        return 0;
    }
}
