package io.openemp.access.console.internal;

/**
 * A console command that did not do what was asked: bad input, or a call the platform answered with an error.
 * The shell shows its message and marks the command as failed, so scripts notice.
 */
public class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
