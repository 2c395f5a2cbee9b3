package io.openemp.plugin.dlt645.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data identifiers the codec knows, held as data (the resource {@code catalogue.txt} beside this class, one
 * line per family of identifiers) rather than code: each gives a name, the fields with format, unit and sign, and
 * the members of blocks. The standard catalogue covers energy (combined, forward and reverse active, combined and
 * quadrant reactive, apparent; total and per tariff, current and 12 settlement days back), maximum demand with its
 * time, instantaneous voltage, current, active, reactive and apparent power, power factor and phase angle,
 * frequency and other variables, clock and address parameters, and daily frozen data.
 *
 * <p>A vendor's own identifiers can be added with {@link #parse(String)} in the same notation (see the resource).
 * Thread-safe.
 */
public final class DataCatalogue {

    private static final DataCatalogue STANDARD = load();

    private final CatalogueText text;
    private final ConcurrentHashMap<Integer, DataItem> found = new ConcurrentHashMap<>();

    private DataCatalogue(CatalogueText text) {
        this.text = text;
    }

    /** The DL/T 645-2007 identifiers OpenEMP knows. */
    public static DataCatalogue standard() {
        return STANDARD;
    }

    /**
     * A catalogue written in the notation of the standard one ({@code var} and {@code item} lines).
     *
     * @throws IllegalArgumentException naming the line of the first mistake
     */
    public static DataCatalogue parse(String catalogue) {
        return new DataCatalogue(CatalogueText.parse(catalogue));
    }

    /** This catalogue's items followed by {@code other}'s (this one wins where both know an identifier). */
    public DataCatalogue with(DataCatalogue other) {
        return new DataCatalogue(text.with(other.text));
    }

    private static DataCatalogue load() {
        try (InputStream in = DataCatalogue.class.getResourceAsStream("catalogue.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.txt is missing from the bundle");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item {@code id} names, if the catalogue knows it. */
    public Optional<DataItem> lookup(DataId id) {
        if (id == null) {
            return Optional.empty();
        }
        DataItem item = found.get(id.value());
        if (item == null) {
            item = text.item(id);
            if (item != null) {
                found.putIfAbsent(id.value(), item);
            }
        }
        return Optional.ofNullable(item);
    }

    /** The fields of {@code value}, the bytes of item {@code id}. Never throws. */
    public ValueDecoding decode(DataId id, Bytes value) {
        Optional<DataItem> item = lookup(id);
        if (item.isEmpty()) {
            return ValueDecoding.rejected(new Rejection(RejectReason.UNKNOWN_DATA_ID, 0, String.valueOf(id)));
        }
        return item.get().decode(value);
    }

    /** The catalogue's lines that define items, as written (for documentation and tools). */
    public List<String> families() {
        return text.families();
    }
}
