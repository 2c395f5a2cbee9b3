package io.openemp.event.internal;

/**
 * One event of the stream: its id (increasing), its topic ({@code alarm}, {@code device}, {@code audit},
 * {@code plugin}), the source it is about (for the scope check; may be null) and its data, one JSON object.
 */
record StreamEvent(long id, String topic, String source, String data) {
}
