package io.openemp.data.metering.api;

/** Connection state of a usage point (CIM {@code UsagePointConnectedKind}). */
public enum ConnectionState {
    CONNECTED,
    LOGICALLY_DISCONNECTED,
    PHYSICALLY_DISCONNECTED
}
