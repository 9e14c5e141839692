package parley.app.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code parley.app.Main <args>} in a child JVM, for crash tests: {@link #kill()} is {@code kill -9}
 * ({@link Process#destroyForcibly()}). The classpath is this JVM's {@code java.class.path}: under Failsafe that is its
 * manifest-only booter jar, whose Class-Path entries the child's class loader follows as well (checked by
 * {@link #classpathWorks}). Output goes to a file (an undrained pipe would block the child).
 */
final class ChildJvm implements AutoCloseable {
    final String name;
    final Path log;
    private final Process process;

    private ChildJvm(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    static ChildJvm start(String name, Path dir, String... args) throws IOException {
        return start(List.of("-Dlog4j2.configurationFile=log4j2-test.xml"), name, dir, args);
    }

    /** With these JVM options (e.g. the launcher's log configuration) instead of the test log configuration. */
    static ChildJvm start(List<String> jvmOptions, String name, Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "parley.app.Main"));
        cmd.addAll(List.of(args));
        Files.createDirectories(dir);
        Path log = dir.resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
        return new ChildJvm(name, log, pb.start());
    }

    boolean alive() { return process.isAlive(); }

    /** Waits for the exit; the exit code, or null if still running after the timeout. */
    Integer await(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    long pid() { return process.pid(); }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** kill -9: no shutdown hook, no commit, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError(name + " did not die");
    }

    /** SIGTERM, then kill -9 after the timeout. */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** True when {@code java.class.path} is enough for a child JVM to load parley's Main (Failsafe's booter jar). */
    static boolean classpathWorks(Path dir) throws Exception {
        try (ChildJvm c = start("cp-check", dir, "--version")) {
            if (!c.process.waitFor(60, TimeUnit.SECONDS)) return false;
            return c.process.exitValue() == 0 && c.output().contains("parley");
        }
    }
}
