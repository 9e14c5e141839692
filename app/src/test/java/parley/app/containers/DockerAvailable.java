package parley.app.containers;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a test class only where a Docker engine answers; elsewhere the class is skipped, not failed, and the JVM logs
 * exactly one line saying so. Asked once per JVM. Testcontainers' own loggers are off while it looks for an engine,
 * or it would report every strategy it tried as an error.
 *
 * <p>Use with {@code @ExtendWith(DockerAvailable.class)} and start containers in {@code @BeforeAll}, never in field
 * initialisers, so that a skipped class touches no Docker API at all.
 */
public final class DockerAvailable implements ExecutionCondition {
    static final String SKIP = "Docker not available: skipping Testcontainers tests";
    private static final Logger log = LoggerFactory.getLogger(DockerAvailable.class);
    private static final String[] NOISY = {"org.testcontainers", "com.github.dockerjava"};
    private static Boolean available;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return available() ? ConditionEvaluationResult.enabled("a Docker engine answers")
                : ConditionEvaluationResult.disabled(SKIP);
    }

    static synchronized boolean available() {
        if (available == null) {
            available = probe();
            if (!available) log.warn(SKIP);
        }
        return available;
    }

    private static boolean probe() {
        for (String n : NOISY) Configurator.setLevel(n, Level.OFF);
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        } finally {
            for (String n : NOISY) Configurator.setLevel(n, Level.WARN);
        }
    }
}
