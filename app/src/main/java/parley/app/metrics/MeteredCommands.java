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
            return startMetrics(c, "consumer", m -> m.consumer(rc));
        }
    }

    @Command(name = "dashboard")
    public static class Dashboard extends DashboardCommand {
        @Override
        protected AutoCloseable metrics(ParleyConfig c, Running r) throws IOException {
            return startMetrics(c, "dashboard", m -> m.dashboard(r));
        }
    }

    /** Starts the metrics endpoint when configured, registers the command's meters on it, and says where it is. */
    private static Metrics startMetrics(ParleyConfig c, String command, java.util.function.Consumer<Metrics> register) throws IOException {
        Metrics m = Metrics.startIfConfigured(c);
        if (m == null) return null;
        register.accept(m);
        System.out.println("parley " + command + ": metrics at " + m.url());
        return m;
    }
}
