package io.openemp.event.api;

/** How urgent an alarm is, lowest first (the four priorities of ISA-18.2). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
