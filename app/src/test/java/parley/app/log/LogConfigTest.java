package parley.app.log;

import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.rolling.DefaultRolloverStrategy;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #16: the library log grew across runs without bound; the launcher's configuration now rolls it by size. */
class LogConfigTest {
    @Test
    void theLaunchersLogIsBoundedAndRepeatFiltered(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String before = System.getProperty(LogDir.PROPERTY);
        System.setProperty(LogDir.PROPERTY, dir.toString()); // the appender creates its directory: not in the module
        try {
            check();
        } finally {
            if (before == null) System.clearProperty(LogDir.PROPERTY);
            else System.setProperty(LogDir.PROPERTY, before);
        }
    }

    private static void check() throws Exception {
        LoggerContext ctx = new LoggerContext("log-config-test");
        Configuration c = ConfigurationFactory.getInstance().getConfiguration(ctx,
                ConfigurationSource.fromResource("log4j2-parley.xml", LogConfigTest.class.getClassLoader()));
        c.initialize();
        Appender file = c.getAppenders().get("file");
        assertThat(file).isInstanceOf(RollingFileAppender.class);
        RollingFileAppender r = (RollingFileAppender) file;
        assertThat(r.getFileName()).endsWith("parley.log");
        SizeBasedTriggeringPolicy size = r.getTriggeringPolicy() instanceof SizeBasedTriggeringPolicy s ? s : null;
        assertThat(size).isNotNull();
        assertThat(size.getMaxFileSize()).isLessThanOrEqualTo(10L * 1024 * 1024);
        assertThat(((DefaultRolloverStrategy) r.getManager().getRolloverStrategy()).getMaxIndex()).isLessThanOrEqualTo(3);
        assertThat(r.getFilter()).isInstanceOf(RepeatFilter.class);
        c.stop();
    }
}
