package parley.consumer;

import parley.config.ConfigException;
import parley.config.ParleyConfig;
import parley.consumer.sink.FileSink;
import parley.consumer.sink.JdbcSink;
import parley.consumer.sink.ResultSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sinks a configuration asks for: sink.sqlite, sink.jsonl, sink.csv, sink.postgres (empty = off). */
public final class Sinks {
    private Sinks() { }

    public static List<ResultSink> open(ParleyConfig c, List<String> extra) {
        List<ResultSink> out = new ArrayList<>();
        try {
            if (!c.get("sink.sqlite").isBlank()) out.add(JdbcSink.sqlite(Path.of(c.get("sink.sqlite"))));
            if (!c.get("sink.jsonl").isBlank()) out.add(new FileSink(Path.of(c.get("sink.jsonl")), FileSink.Format.JSONL));
            if (!c.get("sink.csv").isBlank()) out.add(new FileSink(Path.of(c.get("sink.csv")), FileSink.Format.CSV));
            if (!c.get("sink.postgres").isBlank()) out.add(JdbcSink.postgres(c.get("sink.postgres")));
            for (String s : extra == null ? List.<String>of() : extra) out.add(parse(s));
        } catch (RuntimeException e) {
            out.forEach(ResultSink::close);
            throw e;
        }
        return out;
    }

    /** postgres://…, jdbc:postgresql://…, sqlite:FILE, jsonl:FILE, csv:FILE. */
    public static ResultSink parse(String spec) {
        if (spec.startsWith("postgres://") || spec.startsWith("postgresql://") || spec.startsWith("jdbc:postgresql:")) return JdbcSink.postgres(spec);
        if (spec.startsWith("sqlite:")) return JdbcSink.sqlite(Path.of(spec.substring(7)));
        if (spec.startsWith("jsonl:")) return new FileSink(Path.of(spec.substring(6)), FileSink.Format.JSONL);
        if (spec.startsWith("csv:")) return new FileSink(Path.of(spec.substring(4)), FileSink.Format.CSV);
        throw new ConfigException("--sink must be postgres://user:pass@host:port/db, sqlite:FILE, jsonl:FILE or csv:FILE, got '" + spec + "'");
    }
}
