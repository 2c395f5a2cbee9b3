package io.openemp.plugin.dlt645.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Write data (C = 14H): {@code DI0..DI3 PA P0 P1 P2 C0..C3 N1..Nm}, L = 12 + m.
 *
 * @param address the meter
 * @param dataId the item to write
 * @param password the permission level and password
 * @param operator the operator code C3 C2 C1 C0 as a 32-bit number (C0 sent first), written as 8 hex digits
 * @param value the value bytes N1..Nm
 */
public record WriteRequest(MeterAddress address, DataId dataId, Password password, int operator, Bytes value)
        implements Dlt645Frame {

    /** Bytes before the value: DI, password, operator code. */
    public static final int HEADER = DataId.LENGTH + Password.LENGTH + 4;

    public WriteRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataId, "dataId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public ControlCode control() {
        return ControlCode.request(Function.WRITE);
    }

    @Override
    public Bytes data() {
        byte[] out = new byte[HEADER + value.length()];
        dataId.write(out, 0);
        password.write(out, 4);
        for (int i = 0; i < 4; i++) {
            out[8 + i] = (byte) (operator >>> (8 * i));
        }
        value.copyTo(out, HEADER);
        return Bytes.wrap(out);
    }

    @Override
    public Optional<DataId> dataIdentifier() {
        return Optional.of(dataId);
    }

    /** The operator code as 8 hex digits, C3 first. */
    public String operatorCode() {
        String hex = Integer.toHexString(operator).toUpperCase(java.util.Locale.ROOT);
        return "00000000".substring(hex.length()) + hex;
    }
}
