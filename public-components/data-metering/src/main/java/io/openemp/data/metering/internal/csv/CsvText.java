package io.openemp.data.metering.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.openemp.data.metering.api.MeteringException;

/**
 * The text of an import file: at most a given number of bytes, strictly UTF-8 (a leading byte-order mark is
 * dropped). A file that is not UTF-8 is refused with the line and byte where it stops being so, never guessed at.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * Reads {@code in} (not closed) and decodes it.
     *
     * @throws MeteringException ({@code csv}) when it is larger than {@code maxBytes} or not UTF-8 text
     */
    public static String read(InputStream in, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new MeteringException("csv", "the file is larger than the limit of " + maxBytes + " bytes; split it");
        }
        return decode(bytes);
    }

    /** Strict UTF-8 decoding of {@code bytes}, or a refusal saying where they stop being UTF-8. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new MeteringException("csv", String.format("not UTF-8: byte 0x%02X at line %d (byte offset %d) "
                    + "is not valid UTF-8; save the file as UTF-8", bytes[at] & 0xFF, lineAt(bytes, at), at));
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new MeteringException("csv", "not UTF-8 text: it contains NUL characters (line " + lineOf(text, nul)
                    + "); UTF-16 or a binary file? Save it as UTF-8");
        }
        int replacement = text.indexOf('\uFFFD');
        if (replacement >= 0) {
            throw new MeteringException("csv", "contains U+FFFD replacement characters (line " + lineOf(text, replacement)
                    + "): it was decoded with the wrong character set before it got here; send the original UTF-8");
        }
        return text;
    }

    private static long lineAt(byte[] bytes, int end) {
        long line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long lineOf(String text, int end) {
        return text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }
}
