package parley.app.log;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

import java.nio.file.Path;

/** Where the library log goes ({@code ${sys:parley.log.dir}} in log4j2-parley.xml, default work/logs). */
public final class LogDir {
    public static final String PROPERTY = "parley.log.dir";

    private LogDir() { }

    /**
     * Sends the log to {@code dir} from now on, unless the log directory was set explicitly (-Dparley.log.dir, as the
     * container entry point does); returns the directory in use.
     */
    public static Path use(Path dir) {
        String set = System.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) return Path.of(set).toAbsolutePath();
        System.setProperty(PROPERTY, dir.toAbsolutePath().toString());
        if (LogManager.getContext(false) instanceof LoggerContext ctx) ctx.reconfigure();
        return dir.toAbsolutePath();
    }
}
