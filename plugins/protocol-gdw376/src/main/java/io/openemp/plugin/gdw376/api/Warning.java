package io.openemp.plugin.gdw376.api;

/** Something a lenient decode accepted but the standard does not: where, and what. */
public record Warning(int offset, String message) {

    @Override
    public String toString() {
        return "byte " + offset + ": " + message;
    }
}
