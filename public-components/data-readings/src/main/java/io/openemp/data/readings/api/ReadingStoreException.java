package io.openemp.data.readings.api;

/**
 * The store could not do what was asked because of the database (unreachable, full, failing). For an append
 * it means the batch was not stored: nothing of it is kept, and the caller should retry it later.
 */
public class ReadingStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReadingStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
