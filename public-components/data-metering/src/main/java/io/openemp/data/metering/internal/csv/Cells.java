package io.openemp.data.metering.internal.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.openemp.data.metering.api.RowError;

/**
 * Reads the cells of one row into typed values, noting every cell it cannot read instead of stopping at the
 * first. Checks of meaning (lengths, ranges, references) are the store's, the same as for single creates.
 */
final class Cells {

    private final CsvRow row;
    private final List<RowError> errors = new ArrayList<>();

    Cells(CsvRow row) {
        this.row = row;
        if (row.problem() != null) {
            errors.add(new RowError(row.line(), row.get("mrid"), "*", row.problem()));
        }
    }

    List<RowError> errors() {
        return errors;
    }

    String text(String column) {
        return row.get(column);
    }

    <E extends Enum<E>> E constant(String column, Class<E> type) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String clean = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(clean)) {
                return constant;
            }
        }
        problem(column, "'" + shorten(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() > 40) {
                throw new NumberFormatException();
            }
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, "'" + shorten(value) + "' is not a decimal number (use a dot: 40 or 0.5)");
            return null;
        }
    }

    Instant instant(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "'" + shorten(value) + "' is not an ISO-8601 UTC instant such as 2026-03-01T08:00:00Z");
            return null;
        }
    }

    private void problem(String column, String reason) {
        errors.add(new RowError(row.line(), row.get("mrid"), column, reason));
    }

    private static String shorten(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() <= 40 ? visible : visible.substring(0, 37) + "...";
    }
}
