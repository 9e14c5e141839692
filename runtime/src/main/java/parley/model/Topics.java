package parley.model;

import parley.config.ParleyConfig;

/**
 * Topic names (alerts: docs/alerts.md), all configurable; the defaults are the ones in the README's picture.
 * {@code accepted}: the events as the counts see them ({@link AcceptedEvent}), {@code <events>.accepted} by default.
 */
public record Topics(String events, String late, String deadLetters, String rejects, String live, String fin, String alerts,
                     String accepted) {

    public static Topics from(ParleyConfig c) {
        return new Topics(c.get("topic.events"), c.get("topic.late"), c.get("topic.dlq"), c.get("topic.rejects"),
                c.get("topic.live"), c.get("topic.final"), c.get("topic.alerts"), c.get("topic.accepted"));
    }

    public static Topics defaults() { return from(ParleyConfig.defaults()); }
}
