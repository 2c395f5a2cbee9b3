package io.openemp.plugin.efficiency.grid.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;

/**
 * A reporting period: a calendar year ({@code 2026}), quarter ({@code 2026-Q1}) or month ({@code 2026-03}), as the
 * local days {@code from}..{@code to}, both inclusive.
 */
record PeriodRange(String label, LocalDate from, LocalDate to) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:[Qq]([1-4])|(\\d{2})))?");

    /** Parses {@code text}; a refusal names {@code param}. */
    static PeriodRange parse(String param, String text) throws RpcException {
        if (text == null || text.isBlank()) {
            throw RpcException.invalidParams(param, "required: a year (2026), quarter (2026-Q1) or month (2026-03)");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw RpcException.invalidParams(param, "'" + shorten(text) + "' is not a year (2026), quarter (2026-Q1) or month (2026-03)");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2200) {
            throw RpcException.invalidParams(param, "year " + year + " lies outside 1900..2200");
        }
        if (m.group(2) != null) {
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
            return new PeriodRange(year + "-Q" + q, from, from.plusMonths(3).minusDays(1));
        }
        if (m.group(3) != null) {
            try {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
                return new PeriodRange(month.toString(), month.atDay(1), month.atEndOfMonth());
            } catch (DateTimeException e) {
                throw RpcException.invalidParams(param, "'" + text + "' has no month " + m.group(3) + " (01..12)");
            }
        }
        return new PeriodRange(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the days {@code a}..{@code b} lie wholly inside this period. */
    boolean contains(LocalDate a, LocalDate b) {
        return !a.isBefore(from) && !b.isAfter(to);
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
