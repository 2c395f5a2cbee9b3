package io.openemp.plugin.modbus.internal;

import io.netty.handler.codec.CorruptedFrameException;
import io.openemp.plugin.modbus.api.FrameRejection;

/** A frame the decoder refused, with the reason it is counted under. */
final class FrameException extends CorruptedFrameException {

    private static final long serialVersionUID = 1L;

    final transient FrameRejection reason;

    FrameException(FrameRejection reason, String message) {
        super(message);
        this.reason = reason;
    }
}
