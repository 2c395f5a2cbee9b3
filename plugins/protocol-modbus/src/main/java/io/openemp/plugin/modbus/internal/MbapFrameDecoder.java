package io.openemp.plugin.modbus.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.openemp.plugin.modbus.api.FrameRejection;

/**
 * Splits the byte stream into Modbus TCP frames with Netty's length-field framer: the MBAP length field (bytes 4-5)
 * counts the unit id and the PDU, so a frame is 6 + length bytes, at most 260 (length 254). A longer length fails at
 * once ({@link io.netty.handler.codec.TooLongFrameException}, nothing buffered beyond 260 bytes); a length below 2
 * (no room for unit id and function code) fails with {@link FrameException}. Bytes of an unfinished frame left when
 * the connection closes are reported through {@link #truncated()}.
 */
final class MbapFrameDecoder extends LengthFieldBasedFrameDecoder {

    /** Largest Modbus TCP frame: 7-byte MBAP header + 253-byte PDU. */
    static final int MAX_FRAME = 260;

    private boolean truncated;

    MbapFrameDecoder() {
        super(MAX_FRAME, 4, 2, 0, 0, true);
    }

    /** Whether the connection closed with part of a frame received. */
    boolean truncated() {
        return truncated;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        ByteBuf frame = (ByteBuf) super.decode(ctx, in);
        if (frame == null) {
            return null;
        }
        try {
            if (frame.readableBytes() < 8) {
                throw new FrameException(FrameRejection.BAD_LENGTH, "MBAP length " + frame.getUnsignedShort(4)
                        + " leaves no room for unit id and function code");
            }
            int transactionId = frame.readUnsignedShort();
            int protocolId = frame.readUnsignedShort();
            frame.skipBytes(2);
            int unitId = frame.readUnsignedByte();
            byte[] pdu = new byte[frame.readableBytes()];
            frame.readBytes(pdu);
            return new MbapFrame(transactionId, protocolId, unitId, pdu);
        } finally {
            frame.release();
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, java.util.List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (in.isReadable()) {
            truncated = true;
            in.skipBytes(in.readableBytes());
        }
    }
}
