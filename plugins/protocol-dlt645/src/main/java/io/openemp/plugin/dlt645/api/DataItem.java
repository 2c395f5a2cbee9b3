package io.openemp.plugin.dlt645.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One data item of the catalogue: its identifier, name and layout. A plain item has fixed fields (the A-phase
 * voltage is one {@code XXX.X V}; a maximum demand is {@code XX.XXXX kW} and its time {@code YYMMDDhhmm}). A
 * block ({@code FF} in a DI byte, or a frozen-data record) is a sequence of members; where a block holds "the
 * total and each tariff", the meter sends as many tariffs as it has, and the number is read from the value's
 * length.
 */
public final class DataItem {

    private final DataId id;
    private final String name;
    private final Layout layout;
    private final List<DataId> members;

    DataItem(DataId id, String name, Layout layout, List<DataId> members) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.members = List.copyOf(members);
    }

    public DataId id() {
        return id;
    }

    Layout layout() {
        return layout;
    }

    /** E.g. {@code forward active energy, tariff 1, current}. */
    public String name() {
        return name;
    }

    /** The identifiers of a block's members, in wire order (at most that many for a block of tariffs); empty for a plain item. */
    public List<DataId> members() {
        return members;
    }

    public boolean isBlock() {
        return !members.isEmpty();
    }

    /** Whether the number of repetitions (tariffs) comes from the value's length. */
    public boolean isVariable() {
        return layout.step() > 0;
    }

    /** The value's length for {@code count} repetitions (ignored for a fixed item). */
    public int length(int count) {
        return layout.fixed() + count * layout.step();
    }

    /** The smallest value length: a fixed item's length, or a variable one's with a single repetition (the total). */
    public int minLength() {
        return length(isVariable() ? 1 : 0);
    }

    /** The most repetitions a variable item holds (0 for a fixed one). */
    public int maxCount() {
        return layout.maxCount();
    }

    /** The fields of a value with {@code count} repetitions (ignored for a fixed item). */
    public List<FieldSpec> fields(int count) {
        return layout.fields(count);
    }

    /** The fields of the shortest value (see {@link #minLength()}). */
    public List<FieldSpec> fields() {
        return layout.fields(isVariable() ? 1 : 0);
    }

    /** The number of repetitions a value of {@code length} bytes holds, or -1 when no number fits. */
    public int count(int length) {
        if (!isVariable()) {
            return length == layout.fixed() ? 0 : -1;
        }
        int rest = length - layout.fixed();
        if (rest <= 0 || rest % layout.step() != 0 || rest / layout.step() > layout.maxCount()) {
            return -1;
        }
        return rest / layout.step();
    }

    /**
     * The fields of {@code value} (the bytes after the data identifier, without the 33H offset). Never throws.
     */
    public ValueDecoding decode(Bytes value) {
        int count = count(value.length());
        if (count < 0) {
            return ValueDecoding.rejected(new Rejection(RejectReason.BAD_VALUE_LENGTH, 0, lengthRule() + ", not " + value.length()));
        }
        List<FieldSpec> fields = layout.fields(count);
        List<FieldValue> values = new ArrayList<>(fields.size());
        int offset = 0;
        for (FieldSpec field : fields) {
            int bad = field.format().invalidByte(value, offset);
            if (bad >= 0) {
                return ValueDecoding.rejected(new Rejection(RejectReason.BAD_BCD, offset + bad, field.name() + " ("
                        + field.format().pattern() + "): byte " + Hex.byteHex(value.get(offset + bad)) + "H"));
            }
            values.add(field.format().decode(value, offset, field.id(), field.name(), field.unit()));
            offset += field.format().length();
        }
        return ValueDecoding.of(values);
    }

    /**
     * The value's bytes (before the 33H offset) for {@code values}, one per field in wire order (see
     * {@link FieldFormat#encode}); a variable item takes as many repetitions as the values fill.
     *
     * @throws IllegalArgumentException when the number of values fits no layout, or a value does not fit its field
     */
    public Bytes encode(List<?> values) {
        List<FieldSpec> fields = null;
        if (!isVariable()) {
            fields = layout.fields(0);
        } else {
            for (int count = 1; count <= layout.maxCount(); count++) {
                List<FieldSpec> candidate = layout.fields(count);
                if (candidate.size() == values.size()) {
                    fields = candidate;
                    break;
                }
            }
        }
        if (fields == null || fields.size() != values.size()) {
            throw new IllegalArgumentException(id + " (" + name + ") takes " + (isVariable() ? "a whole number of repetitions of " : "")
                    + layout.fields(isVariable() ? 1 : 0).size() + " values, not " + values.size());
        }
        byte[] out = new byte[fields.stream().mapToInt(f -> f.format().length()).sum()];
        int offset = 0;
        for (int i = 0; i < fields.size(); i++) {
            Bytes field = fields.get(i).format().encode(values.get(i));
            field.copyTo(out, offset);
            offset += field.length();
        }
        return Bytes.wrap(out);
    }

    /** E.g. {@code 4 bytes} or {@code 4 + 4 per tariff, up to 64}. */
    public String lengthRule() {
        if (!isVariable()) {
            return layout.fixed() + " bytes";
        }
        return (layout.fixed() > 0 ? layout.fixed() + " + " : "") + layout.step() + " bytes per repetition, 1.." + layout.maxCount();
    }

    /** E.g. {@code 00010000 forward active energy, total, current}. */
    @Override
    public String toString() {
        return id + " " + name;
    }
}
