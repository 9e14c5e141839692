package parley.app;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import parley.app.broker.EmbeddedBroker;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real embedded Kafka broker (the same code `./parley broker` runs) for the whole test JVM, started on first use
 * on free 127.0.0.1 ports and stopped when the JVM's tests end. Tests isolate themselves by topic and application id.
 */
public final class BrokerExtension implements BeforeAllCallback {
    private static EmbeddedBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized String bootstrapServers() throws Exception {
        return start().bootstrapServers();
    }

    private static synchronized EmbeddedBroker start() throws Exception {
        if (broker == null) {
            Path dir = Files.createTempDirectory("parley-it-broker");
            broker = new EmbeddedBroker(dir, "127.0.0.1", 0, 0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                try {
                    parley.app.demo.DemoCommandAccess.deleteTree(dir);
                } catch (Exception ignored) { }
            }));
        }
        return broker;
    }
}
