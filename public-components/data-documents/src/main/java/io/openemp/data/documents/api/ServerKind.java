package io.openemp.data.documents.api;

/** Which server the document store talks to. */
public enum ServerKind {

    /** The MongoDB-wire-compatible server the store runs in the platform's JVM, on 127.0.0.1. */
    EMBEDDED,

    /** A MongoDB (or compatible) server named by the configured {@code mongodb://} URI. */
    EXTERNAL
}
