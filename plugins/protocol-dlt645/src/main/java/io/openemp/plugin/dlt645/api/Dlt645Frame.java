package io.openemp.plugin.dlt645.api;

import java.util.Optional;

/**
 * One DL/T 645-2007 frame, {@code 68H A0..A5 68H C L DATA CS 16H}, as one record per layout of the standard.
 * The records hold the data field as it means (without the 33H transmission offset); {@link Dlt645Codec}
 * adds the envelope, the offset and the checksum.
 *
 * <p>Requests: {@link ReadRequest}, {@link ReadFollowUpRequest}, {@link ReadAddressRequest}, {@link WriteRequest},
 * {@link BroadcastTime}, {@link FreezeRequest}. Replies: {@link ReadReply}, {@link ReadFollowUpReply},
 * {@link ReadAddressReply}, {@link WriteReply}, {@link FreezeReply}, {@link AbnormalReply}. Every other function
 * (write address, change rate or password, clear, control...) is an {@link OtherFrame} with its raw data field.
 * Decoding a frame and encoding the record gives back the same bytes; encoding a record and decoding the bytes
 * gives an equal record.
 */
public sealed interface Dlt645Frame permits ReadRequest, ReadReply, ReadFollowUpRequest, ReadFollowUpReply,
        ReadAddressRequest, ReadAddressReply, WriteRequest, WriteReply, BroadcastTime, FreezeRequest, FreezeReply,
        AbnormalReply, OtherFrame {

    /** The address field A0..A5. */
    MeterAddress address();

    /** The control code C. */
    ControlCode control();

    /** The data field as it means, before the 33H offset is added for transmission (its length is L). */
    Bytes data();

    /** The data identifier, for the layouts that carry one (reads, their replies, writes). */
    default Optional<DataId> dataIdentifier() {
        return Optional.empty();
    }
}
