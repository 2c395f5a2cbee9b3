package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Every captured sample decodes to what its name says (AFN, Fn, Pn, direction: q = a query from the master
 * station, r = the terminal's reply; afn12 is AFN 0C, afn13 is AFN 0D) and encodes back to its bytes.
 */
public class SampleFramesTest {

    private static final Pattern QUERY_OR_REPLY = Pattern.compile("([qr])afn(\\d+)f(\\d+)");

    private final Gdw376Codec codec = new Gdw376Codec();

    /** What a sample's name says. */
    record Expected(int afn, int fn, int pn, Direction direction) {
    }

    static Expected expected(String name) {
        Matcher m = QUERY_OR_REPLY.matcher(name);
        if (m.matches()) {
            return new Expected(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 1,
                    m.group(1).equals("q") ? Direction.DOWN : Direction.UP);
        }
        return switch (name) {
            case "login" -> new Expected(0x02, 1, 0, Direction.UP);
            case "loginOut" -> new Expected(0x02, 2, 0, Direction.UP);
            case "heartBeat" -> new Expected(0x02, 3, 0, Direction.UP);
            case "nonStandardConfirm" -> new Expected(0x00, 1, 0, Direction.DOWN);
            case "separateConfirm" -> new Expected(0x00, 3, 0, Direction.DOWN);
            default -> throw new AssertionError("a sample whose name says nothing known: " + name);
        };
    }

    @Test
    public void theTwentyFourSamplesAreThereAndMatchTheHexList() {
        Map<String, byte[]> all = Samples.all();
        assertEquals(24, all.size());
        Map<String, String> hex = Samples.hexList();
        assertEquals(all.keySet(), hex.keySet());
        all.forEach((name, bytes) -> assertEquals(name, hex.get(name), Hex.compact(bytes)));
    }

    @Test
    public void everySampleDecodesToWhatItsNameSays() {
        List<String> checked = new ArrayList<>();
        Samples.all().forEach((name, bytes) -> {
            Expected expected = expected(name);
            DecodeResult result = codec.decode(bytes);
            assertTrue(name + ": " + result, result.ok());
            Frame frame = ((DecodeResult.Decoded) result).frame();
            assertEquals(name, expected.afn(), frame.afn());
            assertEquals(name, expected.direction(), frame.direction());
            assertEquals(name, Frame.PROTOCOL_2013, frame.protocolId());
            assertEquals(name + " has one (Pn, Fn)", 1, frame.items().size());
            DataItem item = frame.items().get(0);
            assertEquals(name, expected.fn(), item.fn());
            assertEquals(name, expected.pn(), item.pn());
            checked.add(name);
        });
        assertEquals(24, checked.size());
    }

    @Test
    public void everySampleEncodesBackToItsBytes() {
        Samples.all().forEach((name, bytes) -> {
            Frame frame = ((DecodeResult.Decoded) codec.decode(bytes)).frame();
            assertArrayEquals(name, bytes, codec.encode(frame));
        });
    }

    @Test
    public void onlyTheFourIrregularSamplesGiveWarnings() {
        List<String> warned = new ArrayList<>();
        Samples.all().forEach((name, bytes) -> {
            DecodeResult.Decoded decoded = (DecodeResult.Decoded) codec.decode(bytes);
            if (!decoded.warnings().isEmpty()) {
                warned.add(name);
            }
        });
        assertEquals(List.of("nonStandardConfirm", "rafn12f167", "rafn12f168", "separateConfirm"), warned);
    }

    @Test
    public void everyRegularSampleDecodesInStrictModeToo() {
        Gdw376Codec strict = new Gdw376Codec(CodecOptions.defaults().withStrict(true));
        Samples.all().forEach((name, bytes) -> {
            boolean irregular = List.of("nonStandardConfirm", "rafn12f167", "rafn12f168", "separateConfirm").contains(name);
            assertEquals(name, !irregular, strict.decode(bytes).ok());
        });
    }
}
