package parley.app.bench;

import parley.model.Event;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * OPTIONAL HOOK for the GDELT adapter, which is written on another branch. It is looked up by reflection so
 * this branch builds and runs without it: when {@value #CLASS} is absent the GDELT section reports "not
 * available". After the merge it works as is if the adapter has a method {@code read(Path, Consumer<Event>)}
 * (static, or on an instance made with a public no-argument constructor); its return value is ignored.
 * To wire it statically instead, replace {@link #reader()} with {@code (p, sink) -> new GdeltAdapter().read(p, sink)}.
 */
final class GdeltHook {
    static final String CLASS = "parley.producer.gdelt.GdeltAdapter";

    interface Reader {
        void read(Path fileOrDir, Consumer<Event> sink) throws Exception;
    }

    private GdeltHook() { }

    /** The adapter, or null when the class (or a matching read method) is not on the classpath. */
    static Reader reader() {
        Class<?> cls;
        try {
            cls = Class.forName(CLASS);
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            Method m = cls.getMethod("read", Path.class, Consumer.class);
            Object target = Modifier.isStatic(m.getModifiers()) ? null : cls.getConstructor().newInstance();
            return (p, sink) -> {
                try {
                    m.invoke(target, p, sink);
                } catch (java.lang.reflect.InvocationTargetException ite) {
                    throw ite.getCause() instanceof Exception ex ? ex : new RuntimeException(ite.getCause());
                }
            };
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Data rows of the CSV files under dir: every non-blank line except header lines (those naming GLOBALEVENTID). */
    static long inputRows(Path dir) throws Exception {
        long n = 0;
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.filter(Files::isRegularFile).filter(p -> p.toString().toLowerCase().endsWith(".csv")).toList()) {
                try (Stream<String> lines = Files.lines(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    n += lines.filter(l -> !l.isBlank() && !l.substring(0, Math.min(40, l.length())).toUpperCase().contains("GLOBALEVENTID")).count();
                }
            }
        }
        return n;
    }
}
