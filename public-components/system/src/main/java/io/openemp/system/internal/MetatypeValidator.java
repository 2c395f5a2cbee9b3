package io.openemp.system.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Vector;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Applies changes to a configuration as its metatype allows: every key must be an attribute of the object class,
 * every value converts to the attribute's type and cardinality, is one of its options when it has options, and
 * passes {@link AttributeDefinition#validate} (where the metatype service checks min and max). Nothing is
 * applied unless every change passes.
 */
final class MetatypeValidator {

    /** Keys the framework and Config Admin own. */
    static final Set<String> RESERVED = Set.of("service.pid", "service.factoryPid", "service.bundleLocation");

    static final int MAX_VALUE_CHARS = 64 * 1024;

    /** A change refused: the key and why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final String reason;

        Invalid(String key, String reason) {
            super(key + ": " + reason);
            this.key = key;
            this.reason = reason;
        }
    }

    private MetatypeValidator() {
    }

    /**
     * @param current the configuration now (unchanged)
     * @param changes new values by key; a {@code null} value removes the key, so that its default applies
     * @return the configuration with the changes, values converted to their declared types
     */
    static Map<String, Object> apply(ObjectClassDefinition ocd, Map<String, Object> current, Map<String, Object> changes)
            throws Invalid {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition ad : all == null ? new AttributeDefinition[0] : all) {
            attributes.put(ad.getID(), ad);
        }
        Map<String, Object> result = new LinkedHashMap<>(current);
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            if (RESERVED.contains(key)) {
                throw new Invalid(key, "reserved: set by the framework, not by configuration");
            }
            AttributeDefinition ad = attributes.get(key);
            if (ad == null) {
                throw new Invalid(key, "unknown key; " + ocd.getID() + " has " + new TreeSet<>(attributes.keySet()));
            }
            if (change.getValue() == null) {
                if (ad.getDefaultValue() == null && isRequired(ocd, key)) {
                    throw new Invalid(key, "required and without a default: it cannot be removed");
                }
                result.remove(key);
            } else {
                result.put(key, convert(ad, change.getValue()));
            }
        }
        return result;
    }

    private static boolean isRequired(ObjectClassDefinition ocd, String key) {
        AttributeDefinition[] required = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        return required != null && Arrays.stream(required).anyMatch(ad -> ad.getID().equals(key));
    }

    /** {@code value} (a JSON scalar or array as Jackson binds it) as the attribute's type and cardinality. */
    static Object convert(AttributeDefinition ad, Object value) throws Invalid {
        String key = ad.getID();
        int cardinality = ad.getCardinality();
        List<Object> elements = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
        } else {
            elements.add(value);
        }
        if (cardinality == 0 && elements.size() != 1) {
            throw new Invalid(key, "takes one value, not a list");
        }
        int max = Math.abs(cardinality);
        if (cardinality != 0 && max != Integer.MAX_VALUE && elements.size() > max) {
            throw new Invalid(key, "takes at most " + max + " values, got " + elements.size());
        }
        List<Object> converted = new ArrayList<>();
        for (Object element : elements) {
            converted.add(scalar(ad, element));
        }
        if (cardinality == 0) {
            return converted.get(0);
        }
        if (cardinality < 0) {
            return new Vector<>(converted);
        }
        Object array = Array.newInstance(javaType(ad.getType()), converted.size());
        for (int i = 0; i < converted.size(); i++) {
            Array.set(array, i, converted.get(i));
        }
        return array;
    }

    private static Object scalar(AttributeDefinition ad, Object element) throws Invalid {
        String key = ad.getID();
        if (element == null) {
            throw new Invalid(key, "null is not a value; give null for the whole key to remove it");
        }
        if (element instanceof Map || element instanceof Collection || element.getClass().isArray()) {
            throw new Invalid(key, "takes " + typeName(ad.getType()) + " values, not nested objects or lists");
        }
        String text = String.valueOf(element);
        if (text.length() > MAX_VALUE_CHARS) {
            throw new Invalid(key, "value longer than " + MAX_VALUE_CHARS + " characters");
        }
        Object typed = parse(key, ad.getType(), element, text);
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0 && !Arrays.asList(options).contains(text)) {
            throw new Invalid(key, "'" + Levels.shorten(text) + "' is not one of " + Arrays.toString(options));
        }
        String verdict = ad.validate(text);
        if (verdict != null && !verdict.isEmpty()) {
            throw new Invalid(key, verdict);
        }
        return typed;
    }

    private static Object parse(String key, int type, Object element, String text) throws Invalid {
        try {
            switch (type) {
                case AttributeDefinition.STRING:
                case AttributeDefinition.PASSWORD:
                    return text;
                case AttributeDefinition.BOOLEAN:
                    if (element instanceof Boolean b) {
                        return b;
                    }
                    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                        return Boolean.valueOf(text);
                    }
                    throw new Invalid(key, "'" + Levels.shorten(text) + "' is not a boolean (true or false)");
                case AttributeDefinition.CHARACTER:
                    if (text.length() != 1) {
                        throw new Invalid(key, "'" + Levels.shorten(text) + "' is not one character");
                    }
                    return text.charAt(0);
                case AttributeDefinition.DOUBLE:
                    return finite(key, Double.valueOf(text.trim()));
                case AttributeDefinition.FLOAT:
                    return (float) finite(key, Float.valueOf(text.trim()));
                case AttributeDefinition.LONG:
                    return new BigDecimal(text.trim()).longValueExact();
                case AttributeDefinition.INTEGER:
                    return new BigDecimal(text.trim()).intValueExact();
                case AttributeDefinition.SHORT:
                    return new BigDecimal(text.trim()).shortValueExact();
                case AttributeDefinition.BYTE:
                    return new BigDecimal(text.trim()).byteValueExact();
                default:
                    throw new Invalid(key, "has a metatype type (" + type + ") this method cannot set");
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid(key, "'" + Levels.shorten(text) + "' is not " + article(typeName(type)) + " "
                    + typeName(type) + (type == AttributeDefinition.DOUBLE || type == AttributeDefinition.FLOAT
                            ? "" : " in its range, without a fraction"));
        }
    }

    private static double finite(String key, double value) throws Invalid {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new Invalid(key, "must be a finite number");
        }
        return value;
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> "string";
            case AttributeDefinition.LONG -> "long";
            case AttributeDefinition.INTEGER -> "integer";
            case AttributeDefinition.SHORT -> "short";
            case AttributeDefinition.CHARACTER -> "character";
            case AttributeDefinition.BYTE -> "byte";
            case AttributeDefinition.DOUBLE -> "double";
            case AttributeDefinition.FLOAT -> "float";
            case AttributeDefinition.BOOLEAN -> "boolean";
            case AttributeDefinition.PASSWORD -> "password";
            default -> "type " + type;
        };
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }
}
