package io.openemp.plugin.gdw376.api;

import java.time.Duration;
import java.util.Optional;

/**
 * AFN 10 F1, transparent forwarding, seen as what it carries: the terminal port, the forwarded bytes (a DL/T 645
 * frame, which another module decodes) and, in the master station's request, the serial settings and the
 * timeouts. {@code settings}, {@code frameTimeout} and {@code byteTimeout} are null in the terminal's answer.
 */
public record TransparentForward(int port, SerialSettings settings, Duration frameTimeout, Duration byteTimeout,
        byte[] content) {

    /** The forwarding carried by {@code item} (AFN 10 F1 with its data read), if it is one. */
    public static Optional<TransparentForward> of(int afn, DataItem item) {
        FnData data = item.data();
        if (afn != 0x10 || item.fn() != 1 || data.layout() == null || data.status() != BodyStatus.COMPLETE) {
            return Optional.empty();
        }
        Optional<Long> port = data.integer("port");
        Optional<byte[]> content = data.find("content").flatMap(FieldValue::bytes);
        if (port.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        if (data.layout().direction() == Direction.UP) {
            return Optional.of(new TransparentForward(port.get().intValue(), null, null, null, content.get()));
        }
        Optional<Long> control = data.integer("control");
        Optional<Long> frame = data.integer("frameTimeout");
        Optional<Long> bytes = data.integer("byteTimeout");
        if (control.isEmpty() || frame.isEmpty() || bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransparentForward(port.get().intValue(), SerialSettings.of(control.get().intValue()),
                frameTimeout(frame.get().intValue()), Duration.ofMillis(10L * bytes.get()), content.get()));
    }

    /** The forwarding of the first AFN 10 F1 item of {@code frame}, if any. */
    public static Optional<TransparentForward> of(Frame frame) {
        for (DataItem item : frame.items()) {
            Optional<TransparentForward> found = of(frame.afn(), item);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The answer-frame timeout byte: D7 unit (0: 10 ms, 1: 1 s), D6..D0 value. */
    public static Duration frameTimeout(int code) {
        int value = code & 0x7F;
        return (code & 0x80) != 0 ? Duration.ofSeconds(value) : Duration.ofMillis(10L * value);
    }

    /** The byte for an answer-frame timeout: tens of milliseconds up to 1.27 s, whole seconds up to 127 s. */
    public static int frameTimeoutCode(Duration timeout) {
        long ms = timeout.toMillis();
        if (ms >= 0 && ms <= 1270 && ms % 10 == 0) {
            return (int) (ms / 10);
        }
        if (ms % 1000 == 0 && ms / 1000 <= 127 && ms > 0) {
            return 0x80 | (int) (ms / 1000);
        }
        throw new IllegalArgumentException("an answer timeout is 0..1270 ms in tens of ms, or 1..127 s, not " + timeout);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
