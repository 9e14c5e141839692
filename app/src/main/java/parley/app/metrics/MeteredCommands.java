package parley.app.metrics;

import parley.config.ParleyConfig;
import parley.consumer.ResultConsumer;
import parley.consumer.cli.ConsumerCommand;
import parley.consumer.cli.DashboardCommand;

import picocli.CommandLine.Command;

import java.io.IOException;

/**
 * The consumer and dashboard commands as the command line runs them: with the Prometheus endpoint of this module
 * when {@code metrics.port} is set. (The commands live in the consumer module, which cannot see this one.)
 */
public final class MeteredCommands {
    private MeteredCommands() { }

    /** Named again: picocli needs a name on the class itself; the rest of the command (help, options) is inherited. */
    @Command(name = "consumer")
    public static class Consumer extends ConsumerCommand {
        @Override
        protected AutoCloseable metrics(ParleyConfig c, ResultConsumer rc) throws IOException {
            Metrics m = Metrics.startIfConfigured(c);
            if (m == null) return null;
            m.consumer(rc);
            System.out.println("parley consumer: metrics at " + m.url());
            return m;
        }
    }

    @Command(name = "dashboard")
    public static class Dashboard extends DashboardCommand {
        @Override
        protected AutoCloseable metrics(ParleyConfig c, Running r) throws IOException {
            Metrics m = Metrics.startIfConfigured(c);
            if (m == null) return null;
            m.dashboard(r);
            System.out.println("parley dashboard: metrics at " + m.url());
            return m;
        }
    }
}
