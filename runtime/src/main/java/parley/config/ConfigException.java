package parley.config;

/** A configuration value that cannot work; the message says which key and what to do. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) { super(message); }
}
