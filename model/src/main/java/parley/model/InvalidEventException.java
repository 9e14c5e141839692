package parley.model;

/** A record that breaks the contract; the message says which field and why, for the dead-letter topic. */
public class InvalidEventException extends Exception {
    public InvalidEventException(String message) { super(message, null, false, false); }
}
