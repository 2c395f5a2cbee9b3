package io.openemp.plugin.modbus.internal;

/**
 * A Modbus TCP application data unit as received: the MBAP header fields and the PDU (function code first, at
 * most 253 bytes).
 */
record MbapFrame(int transactionId, int protocolId, int unitId, byte[] pdu) {
}
