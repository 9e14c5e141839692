package parley.model;

import parley.config.ParleyConfig;

/** Topic names (alerts: docs/alerts.md), all configurable; the defaults are the ones in the README's picture. */
public record Topics(String events, String late, String deadLetters, String rejects, String live, String fin, String alerts) {

    public static Topics from(ParleyConfig c) {
        return new Topics(c.get("topic.events"), c.get("topic.late"), c.get("topic.dlq"), c.get("topic.rejects"),
                c.get("topic.live"), c.get("topic.final"), c.get("topic.alerts"));
    }

    public static Topics defaults() { return from(ParleyConfig.defaults()); }
}
