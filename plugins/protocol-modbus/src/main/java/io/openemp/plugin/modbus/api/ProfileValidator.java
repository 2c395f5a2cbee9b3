package io.openemp.plugin.modbus.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@link DeviceProfile} before anything reads with it, and reports every problem with its JSON path and a
 * message naming the point: unknown types, functions and orders, addresses out of range or running past 65535,
 * points that overlap in the same table of the same unit, duplicate names, scales out of range.
 */
public final class ProfileValidator {

    /** Most points in one profile. */
    public static final int MAX_POINTS = 1000;

    /** Most registers one read request may ask for (the protocol's limit for functions 3 and 4). */
    public static final int MAX_REGISTERS_PER_READ = 125;

    /** Most bits one read request may ask for (the protocol's limit for functions 1 and 2). */
    public static final int MAX_BITS_PER_READ = 2000;

    /** Largest {@link DeviceProfile#maxGap()}. */
    public static final int MAX_GAP = 16;

    /** Pattern of a profile id. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Pattern of a point name. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** Pattern of a reading-type code. */
    public static final Pattern READING_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+){0,7}");

    private static final int MAX_TEXT = 1000;
    private static final int MAX_DIGITS = 18;
    private static final int MAX_DECIMAL_EXPONENT = 12;

    private ProfileValidator() {
    }

    /** Every problem of {@code profile}, in the order of its fields and points; empty when it is valid. */
    public static List<ProfileProblem> validate(DeviceProfile profile) {
        List<ProfileProblem> problems = new ArrayList<>();
        if (profile == null) {
            problems.add(new ProfileProblem("profile", "required"));
            return problems;
        }
        if (profile.id() == null || profile.id().isEmpty()) {
            problems.add(new ProfileProblem("id", "required"));
        } else if (!ID.matcher(profile.id()).matches() || profile.id().contains("..")) {
            problems.add(new ProfileProblem("id", "'" + shorten(profile.id()) + "' is not a profile id: lower-case letters, digits, '.', '_', '-', "
                    + "starting with a letter or digit, at most 64 characters"));
        }
        text(problems, "description", profile.description());
        text(problems, "manufacturer", profile.manufacturer());
        text(problems, "model", profile.model());
        text(problems, "source", profile.source());
        if (profile.maxRegistersPerRead() != null
                && (profile.maxRegistersPerRead() < 1 || profile.maxRegistersPerRead() > MAX_REGISTERS_PER_READ)) {
            problems.add(new ProfileProblem("maxRegistersPerRead", profile.maxRegistersPerRead()
                    + " is outside 1.." + MAX_REGISTERS_PER_READ + " (the protocol reads at most " + MAX_REGISTERS_PER_READ
                    + " registers at once)"));
        }
        if (profile.maxGap() != null && (profile.maxGap() < 0 || profile.maxGap() > MAX_GAP)) {
            problems.add(new ProfileProblem("maxGap", profile.maxGap() + " is outside 0.." + MAX_GAP));
        }
        List<PointDefinition> points = profile.points();
        if (points == null || points.isEmpty()) {
            problems.add(new ProfileProblem("points", "at least one point is required"));
            return problems;
        }
        if (points.size() > MAX_POINTS) {
            problems.add(new ProfileProblem("points", points.size() + " points; at most " + MAX_POINTS + " in one profile"));
            return problems;
        }
        Map<String, Integer> names = new HashMap<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Span span = point(problems, i, points.get(i), names);
            if (span != null) {
                spans.add(span);
            }
        }
        overlaps(problems, spans);
        widths(problems, profile);
        return problems;
    }

    /**
     * Throws unless {@code profile} is valid.
     *
     * @throws InvalidProfileException listing every problem
     */
    public static DeviceProfile check(DeviceProfile profile) {
        List<ProfileProblem> problems = validate(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(profile == null ? null : profile.id(), problems);
        }
        return profile;
    }

    /** The registers (or bits, for functions 1 and 2) a valid point occupies. */
    public static int width(PointDefinition point) {
        DataType type = dataType(point);
        return type == DataType.BOOL ? 1 : type.registers();
    }

    /** The type of a valid point: its {@code type}, or {@code bool} for functions 1 and 2 without one. */
    public static DataType dataType(PointDefinition point) {
        if (point.type() == null) {
            return DataType.BOOL;
        }
        return DataType.of(point.type()).orElseThrow(() -> new IllegalArgumentException("unknown type " + point.type()));
    }

    /** What function {@code code} reads, for messages: "holding registers". */
    public static String table(int function) {
        return switch (function) {
            case 1 -> "coils";
            case 2 -> "discrete inputs";
            case 3 -> "holding registers";
            case 4 -> "input registers";
            default -> "function " + function;
        };
    }

    private static Span point(List<ProfileProblem> problems, int index, PointDefinition point, Map<String, Integer> names) {
        String at = "points[" + index + "]";
        if (point == null) {
            problems.add(new ProfileProblem(at, "null; a point is an object"));
            return null;
        }
        String label = point.name() == null ? at : at + " '" + shorten(point.name()) + "'";
        int before = problems.size();
        if (point.name() == null || point.name().isEmpty()) {
            problems.add(new ProfileProblem(at + ".name", "required"));
        } else if (!NAME.matcher(point.name()).matches()) {
            problems.add(new ProfileProblem(at + ".name", "'" + shorten(point.name()) + "' is not a point name: a letter, then letters, digits, "
                    + "'_', '.', '-', at most 64 characters"));
        } else {
            Integer first = names.putIfAbsent(point.name(), index);
            if (first != null) {
                problems.add(new ProfileProblem(at + ".name", "'" + point.name() + "' is already the name of points[" + first + "]"));
            }
        }
        if (point.unitId() != null && (point.unitId() < 0 || point.unitId() > 255)) {
            problems.add(new ProfileProblem(at + ".unitId", label + ": unit id " + point.unitId() + " is outside 0..255"));
        }
        Integer function = point.function();
        boolean bits = false;
        if (function == null) {
            problems.add(new ProfileProblem(at + ".function", label + ": required: 1 (coils), 2 (discrete inputs), "
                    + "3 (holding registers) or 4 (input registers)"));
        } else if (function < 1 || function > 4) {
            problems.add(new ProfileProblem(at + ".function", label + ": function " + function + " is not a read function: "
                    + "use 1 (coils), 2 (discrete inputs), 3 (holding registers) or 4 (input registers)"));
            function = null;
        } else {
            bits = function <= 2;
        }
        DataType type = type(problems, at, label, point, function, bits);
        orders(problems, at, label, point, type);
        number(problems, at + ".scale", label, "scale", point.scale(), true, type);
        number(problems, at + ".offset", label, "offset", point.offset(), false, type);
        if (point.readingType() == null || point.readingType().isEmpty()) {
            problems.add(new ProfileProblem(at + ".readingType", label + ": required, e.g. \"voltage.a\" or \"energy.active.forward\""));
        } else if (point.readingType().length() > 64 || !READING_TYPE.matcher(point.readingType()).matches()) {
            problems.add(new ProfileProblem(at + ".readingType", label + ": '" + shorten(point.readingType())
                    + "' is not a reading-type code: lower-case words joined by dots, e.g. \"energy.active.forward\""));
        }
        if (point.unit() != null && point.unit().length() > 16) {
            problems.add(new ProfileProblem(at + ".unit", label + ": at most 16 characters"));
        }
        text(problems, at + ".description", point.description());
        Integer address = point.address();
        if (address == null) {
            problems.add(new ProfileProblem(at + ".address", label + ": required: the zero-based protocol address 0..65535"));
            return null;
        }
        if (address < 0 || address > 65535) {
            problems.add(new ProfileProblem(at + ".address", label + ": address " + address + " is outside 0..65535"));
            return null;
        }
        if (function == null || type == null) {
            return null;
        }
        int width = type == DataType.BOOL ? 1 : type.registers();
        long last = (long) address + width - 1;
        if (last > 65535) {
            problems.add(new ProfileProblem(at + ".address", label + ": " + type.code() + " at address " + address
                    + " needs registers " + address + ".." + last + ", past the last address 65535"));
            return null;
        }
        return problems.size() == before ? new Span(index, label, point.unitId(), function, address, (int) last) : null;
    }

    private static DataType type(List<ProfileProblem> problems, String at, String label, PointDefinition point,
            Integer function, boolean bits) {
        if (point.type() == null) {
            if (function != null && !bits) {
                problems.add(new ProfileProblem(at + ".type", label + ": required for " + table(function) + ": one of "
                        + DataType.registerCodes()));
                return null;
            }
            return DataType.BOOL;
        }
        Optional<DataType> type = DataType.of(point.type());
        if (type.isEmpty()) {
            problems.add(new ProfileProblem(at + ".type", label + ": unknown type '" + shorten(point.type()) + "'; one of "
                    + DataType.registerCodes() + " for registers, bool for coils and discrete inputs"));
            return null;
        }
        if (function == null) {
            return type.get();
        }
        if (bits && type.get() != DataType.BOOL) {
            problems.add(new ProfileProblem(at + ".type", label + ": " + table(function) + " are single bits: type "
                    + "must be bool or left out, not " + type.get().code()));
            return null;
        }
        if (!bits && type.get() == DataType.BOOL) {
            problems.add(new ProfileProblem(at + ".type", label + ": bool is for coils and discrete inputs; "
                    + table(function) + " take one of " + DataType.registerCodes()));
            return null;
        }
        return type.get();
    }

    private static void orders(List<ProfileProblem> problems, String at, String label, PointDefinition point, DataType type) {
        order(problems, at + ".wordOrder", label, "wordOrder", point.wordOrder());
        order(problems, at + ".byteOrder", label, "byteOrder", point.byteOrder());
        if (type == null) {
            return;
        }
        if (type == DataType.BOOL && (point.wordOrder() != null || point.byteOrder() != null)) {
            problems.add(new ProfileProblem(at + (point.wordOrder() != null ? ".wordOrder" : ".byteOrder"), label
                    + ": a bit has no word or byte order; leave it out"));
        } else if (type.registers() == 1 && point.wordOrder() != null) {
            problems.add(new ProfileProblem(at + ".wordOrder", label + ": " + type.code()
                    + " is one register and has no word order; leave it out (byteOrder swaps its two bytes)"));
        }
    }

    private static void order(List<ProfileProblem> problems, String path, String label, String field, String value) {
        if (value != null && !value.equals("big") && !value.equals("little")) {
            problems.add(new ProfileProblem(path, label + ": " + field + " '" + shorten(value) + "' is neither \"big\" nor \"little\""));
        }
    }

    private static void number(List<ProfileProblem> problems, String path, String label, String field, BigDecimal value,
            boolean isScale, DataType type) {
        if (value == null) {
            return;
        }
        if (type == DataType.BOOL) {
            problems.add(new ProfileProblem(path, label + ": a bit reads 0 or 1 and takes no " + field + "; leave it out"));
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (isScale && plain.signum() == 0) {
            problems.add(new ProfileProblem(path, label + ": scale 0 would make every value 0"));
        } else if (plain.precision() > MAX_DIGITS || plain.signum() != 0
                && Math.abs((long) plain.precision() - plain.scale() - 1) > MAX_DECIMAL_EXPONENT) {
            problems.add(new ProfileProblem(path, label + ": " + field + " " + shorten(value.toString()) + " is out of range: at most "
                    + MAX_DIGITS + " significant digits, magnitude 1e-" + MAX_DECIMAL_EXPONENT + "..1e" + MAX_DECIMAL_EXPONENT));
        }
    }

    /** Register points wider than the profile lets one request read. */
    private static void widths(List<ProfileProblem> problems, DeviceProfile profile) {
        Integer max = profile.maxRegistersPerRead();
        if (max == null || max < 1 || max >= 4) {
            return;
        }
        for (int i = 0; i < profile.points().size(); i++) {
            PointDefinition point = profile.points().get(i);
            Optional<DataType> type = point == null || point.type() == null ? Optional.empty() : DataType.of(point.type());
            if (type.isPresent() && type.get().registers() > max) {
                problems.add(new ProfileProblem("points[" + i + "].type", "points[" + i + "] '" + point.name() + "': "
                        + type.get().code() + " needs " + type.get().registers() + " registers in one request, but "
                        + "maxRegistersPerRead is " + max));
            }
        }
    }

    private static void text(List<ProfileProblem> problems, String path, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new ProfileProblem(path, "at most " + MAX_TEXT + " characters, not " + value.length()));
        }
    }

    /** Points whose addresses intersect in the same table of the same unit. */
    private static void overlaps(List<ProfileProblem> problems, List<Span> spans) {
        Map<String, List<Span>> byTable = new HashMap<>();
        for (Span span : spans) {
            byTable.computeIfAbsent(span.unitId + "/" + span.function, k -> new ArrayList<>()).add(span);
        }
        List<ProfileProblem> found = new ArrayList<>();
        for (List<Span> table : byTable.values()) {
            table.sort(Comparator.comparingInt(Span::first).thenComparingInt(Span::index));
            Span widest = null;
            for (Span span : table) {
                if (widest != null && span.first <= widest.last) {
                    found.add(new ProfileProblem("points[" + span.index + "].address", span.label + " (" + describe(span)
                            + ") overlaps " + widest.label + " (" + describe(widest) + ")"));
                }
                if (widest == null || span.last > widest.last) {
                    widest = span;
                }
            }
        }
        found.sort(Comparator.comparing(ProfileProblem::path, Comparator.comparingInt(ProfileValidator::indexOf)));
        problems.addAll(found);
    }

    private static int indexOf(String path) {
        return Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
    }

    private static String describe(Span span) {
        String where = table(span.function) + " " + (span.first == span.last ? String.valueOf(span.first) : span.first + ".." + span.last);
        return span.unitId == null ? where : "unit " + span.unitId + ", " + where;
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "...";
    }

    private record Span(int index, String label, Integer unitId, int function, int first, int last) {
        Span {
            Objects.requireNonNull(label);
        }
    }
}
