package io.openemp.plugin.degreedays.api;

import java.time.Instant;

/**
 * One temperature observation: the instant it was taken (UTC on the wire, ISO-8601) and the air temperature in
 * degrees Celsius. JSON: {@code {"at": "2024-01-01T00:00:00Z", "celsius": 3.4}}.
 */
public record Observation(Instant at, double celsius) {
}
