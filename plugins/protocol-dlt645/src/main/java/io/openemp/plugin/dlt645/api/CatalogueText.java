package io.openemp.plugin.dlt645.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed notation of a catalogue: variables (a DI byte that ranges over values, each with a label) and
 * families (a DI pattern, a name and a layout). Items are built on demand from the family that matches.
 */
final class CatalogueText {

    /** A DI byte that ranges over labelled values; its block byte (FF) stands for all of them. */
    record Variable(char letter, String name, String[] labels, int block, boolean open) {

        boolean matches(int b) {
            return labels[b] != null || b == block;
        }

        List<Integer> values() {
            List<Integer> values = new ArrayList<>();
            for (int b = 0; b < 256; b++) {
                if (labels[b] != null) {
                    values.add(b);
                }
            }
            return values;
        }
    }

    /** One {@code item} line: DI3..DI0 as a hex byte or a variable letter each. */
    record Family(int line, String source, String[] pattern, String name, String layout) {
    }

    private final Map<Character, Variable> variables;
    private final List<Family> families;

    private CatalogueText(Map<Character, Variable> variables, List<Family> families) {
        this.variables = variables;
        this.families = families;
    }

    static CatalogueText parse(String text) {
        Map<Character, Variable> variables = new HashMap<>();
        List<Family> families = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("var ")) {
                    Variable variable = variable(line.substring(4).strip());
                    if (variables.put(variable.letter(), variable) != null) {
                        throw new IllegalArgumentException("variable " + variable.letter() + " is defined twice");
                    }
                } else if (line.startsWith("item ")) {
                    families.add(family(i + 1, line.substring(5).strip(), variables));
                } else {
                    throw new IllegalArgumentException("a line is a comment, 'var ...' or 'item ...'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        CatalogueText catalogue = new CatalogueText(variables, families);
        for (Family family : families) {
            try {
                catalogue.build(family, sample(family, variables));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("catalogue line " + family.line() + ": " + e.getMessage() + ": " + family.source(), e);
            }
        }
        return catalogue;
    }

    CatalogueText with(CatalogueText other) {
        Map<Character, Variable> merged = new HashMap<>(other.variables);
        merged.putAll(variables);
        List<Family> all = new ArrayList<>(families);
        all.addAll(other.families);
        return new CatalogueText(merged, all);
    }

    List<String> families() {
        return families.stream().map(Family::source).toList();
    }

    /** The item of {@code id}, or {@code null}. */
    DataItem item(DataId id) {
        for (Family family : families) {
            if (matches(family, id)) {
                return build(family, id);
            }
        }
        return null;
    }

    private boolean matches(Family family, DataId id) {
        for (int i = 0; i < 4; i++) {
            String token = family.pattern()[i];
            int b = id.di(3 - i);
            if (token.length() == 1) {
                if (!variables.get(token.charAt(0)).matches(b)) {
                    return false;
                }
            } else if (Integer.parseInt(token, 16) != b) {
                return false;
            }
        }
        return true;
    }

    /** An identifier the family matches: each variable at its first value. */
    private static DataId sample(Family family, Map<Character, Variable> variables) {
        int value = 0;
        for (String token : family.pattern()) {
            int b = token.length() == 1 ? variables.get(token.charAt(0)).values().get(0) : Integer.parseInt(token, 16);
            value = value << 8 | b;
        }
        return new DataId(value);
    }

    private DataItem build(Family family, DataId id) {
        StringBuilder name = new StringBuilder(family.name());
        for (int i = 0; i < 4; i++) {
            String token = family.pattern()[i];
            if (token.length() != 1) {
                continue;
            }
            Variable variable = variables.get(token.charAt(0));
            int b = id.di(3 - i);
            name.append(", ").append(b == variable.block() && variable.labels()[b] == null ? variable.name() + " block" : variable.labels()[b]);
        }
        for (int i = 0; i < 4; i++) {
            String token = family.pattern()[i];
            if (token.length() != 1) {
                continue;
            }
            Variable variable = variables.get(token.charAt(0));
            int position = 3 - i;
            if (id.di(position) == variable.block() && variable.labels()[id.di(position)] == null) {
                List<Layout> parts = new ArrayList<>();
                List<DataId> members = new ArrayList<>();
                for (int value : variable.values()) {
                    DataItem member = build(family, id.with(position, value));
                    parts.add(member.layout());
                    members.add(member.id());
                }
                Layout layout = variable.open() ? new Layout.Repeat(parts) : new Layout.Sequence(parts);
                return new DataItem(id, name.toString(), layout, members);
            }
        }
        return layout(family, id, name.toString());
    }

    private DataItem layout(Family family, DataId id, String name) {
        String text = family.layout();
        if (text.startsWith("members ")) {
            List<Layout> parts = new ArrayList<>();
            List<DataId> members = new ArrayList<>();
            for (String pattern : text.substring(8).split(",")) {
                DataId memberId = bind(pattern.strip(), family, id);
                DataItem member = item(memberId);
                if (member == null) {
                    throw new IllegalArgumentException("member " + memberId + " is not in the catalogue");
                }
                parts.add(member.layout());
                members.add(memberId);
            }
            return new DataItem(id, name, new Layout.Sequence(parts), members);
        }
        if (text.startsWith("repeat ")) {
            int colon = text.indexOf(':');
            String letter = colon < 0 ? "" : text.substring(7, colon).strip();
            Variable variable = letter.length() == 1 ? variables.get(letter.charAt(0)) : null;
            if (variable == null) {
                throw new IllegalArgumentException("'repeat' names a variable and a colon: repeat T: ...");
            }
            List<Layout> items = new ArrayList<>();
            for (int value : variable.values()) {
                items.add(new Layout.Fields(fields(text.substring(colon + 1), id, name + ", " + variable.labels()[value])));
            }
            return new DataItem(id, name, new Layout.Repeat(items), List.of());
        }
        return new DataItem(id, name, new Layout.Fields(fields(text, id, name)), List.of());
    }

    /** The identifier of a member pattern, its variables taking the values they have in {@code id}. */
    private DataId bind(String pattern, Family family, DataId id) {
        String[] tokens = pattern.split("\\s+");
        if (tokens.length != 4) {
            throw new IllegalArgumentException("a member is four DI bytes, not '" + pattern + "'");
        }
        int value = 0;
        for (String token : tokens) {
            int b;
            if (token.length() == 1) {
                int index = List.of(family.pattern()).indexOf(token);
                if (index < 0) {
                    throw new IllegalArgumentException("member variable " + token + " is not in the item's pattern");
                }
                b = id.di(3 - index);
            } else {
                b = hexByte(token);
            }
            value = value << 8 | b;
        }
        return new DataId(value);
    }

    private static List<FieldSpec> fields(String text, DataId id, String name) {
        List<FieldSpec> fields = new ArrayList<>();
        String[] parts = text.split(";");
        for (String part : parts) {
            String field = part.strip();
            String label = null;
            int colon = field.indexOf(':');
            if (colon >= 0) {
                label = field.substring(0, colon).strip();
                field = field.substring(colon + 1).strip();
            }
            String[] words = field.split("\\s+");
            boolean signed = false;
            String unit = "";
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals("signed")) {
                    signed = true;
                } else if (unit.isEmpty()) {
                    unit = words[i];
                } else {
                    throw new IllegalArgumentException("a field is [label:] FORMAT [unit] [signed], not '" + part.strip() + "'");
                }
            }
            if (parts.length > 1 && label == null) {
                throw new IllegalArgumentException("each of several fields needs a label");
            }
            fields.add(new FieldSpec(id, label == null ? name : name + ", " + label, FieldFormat.parse(words[0], signed), unit));
        }
        return fields;
    }

    private static Variable variable(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || text.length() < 3 || text.charAt(1) != ' ') {
            throw new IllegalArgumentException("a variable is 'var L name: values'");
        }
        char letter = text.charAt(0);
        if (!Character.isUpperCase(letter)) {
            throw new IllegalArgumentException("a variable is one upper-case letter");
        }
        String name = text.substring(2, colon).strip();
        String[] labels = new String[256];
        int block = -1;
        boolean open = false;
        for (String entry : text.substring(colon + 1).split(",")) {
            String[] sides = entry.strip().split("=", 2);
            if (sides.length != 2) {
                throw new IllegalArgumentException("a value is 'XX=label' or 'XX-YY=label {n}', not '" + entry.strip() + "'");
            }
            String label = sides[1].strip();
            String[] range = sides[0].strip().split("-");
            int from = hexByte(range[0].strip());
            int to = range.length > 1 ? hexByte(range[1].strip()) : from;
            if (label.equals("block") || label.equals("open block")) {
                if (range.length > 1) {
                    throw new IllegalArgumentException("a block is one byte");
                }
                block = from;
                open = label.equals("open block");
                continue;
            }
            for (int b = from; b <= to; b++) {
                if (labels[b] != null) {
                    throw new IllegalArgumentException("value " + Hex.byteHex(b) + " is given twice");
                }
                labels[b] = label.replace("{n}", Integer.toString(b));
            }
        }
        return new Variable(letter, name, labels, block, open);
    }

    private static Family family(int line, String text, Map<Character, Variable> variables) {
        String[] columns = text.split("\\|");
        if (columns.length != 3) {
            throw new IllegalArgumentException("an item is 'DI3 DI2 DI1 DI0 | name | layout'");
        }
        String[] pattern = columns[0].strip().split("\\s+");
        if (pattern.length != 4) {
            throw new IllegalArgumentException("a pattern has four DI bytes");
        }
        for (String token : pattern) {
            if (token.length() == 1) {
                if (!variables.containsKey(token.charAt(0))) {
                    throw new IllegalArgumentException("unknown variable " + token);
                }
            } else {
                hexByte(token);
            }
        }
        return new Family(line, text, pattern, columns[1].strip(), columns[2].strip());
    }

    private static int hexByte(String token) {
        if (!token.matches("[0-9A-Fa-f]{2}")) {
            throw new IllegalArgumentException("'" + token + "' is not a hex byte");
        }
        return Integer.parseInt(token, 16);
    }
}
