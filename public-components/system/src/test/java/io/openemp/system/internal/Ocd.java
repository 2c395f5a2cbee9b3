package io.openemp.system.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * An object class definition built by hand, as bnd would write it from an {@code @ObjectClassDefinition}:
 * the input of the validator. {@link Ad#validate} checks min and max as the metatype service does.
 */
final class Ocd implements ObjectClassDefinition {

    final String id;
    final List<Ad> required = new ArrayList<>();
    final List<Ad> optional = new ArrayList<>();

    Ocd(String id) {
        this.id = id;
    }

    Ocd add(Ad ad, boolean isRequired) {
        (isRequired ? required : optional).add(ad);
        return this;
    }

    @Override
    public String getName() {
        return id + " settings";
    }

    @Override
    public String getID() {
        return id;
    }

    @Override
    public String getDescription() {
        return "for tests";
    }

    @Override
    public AttributeDefinition[] getAttributeDefinitions(int filter) {
        List<Ad> out = new ArrayList<>();
        if (filter != OPTIONAL) {
            out.addAll(required);
        }
        if (filter != REQUIRED) {
            out.addAll(optional);
        }
        return out.toArray(new AttributeDefinition[0]);
    }

    @Override
    public InputStream getIcon(int size) {
        return null;
    }

    static final class Ad implements AttributeDefinition {
        final String id;
        final int type;
        final int cardinality;
        String[] defaults;
        String[] options;
        String min;
        String max;

        Ad(String id, int type, int cardinality) {
            this.id = id;
            this.type = type;
            this.cardinality = cardinality;
        }

        Ad defaults(String... values) {
            defaults = values;
            return this;
        }

        Ad options(String... values) {
            options = values;
            return this;
        }

        Ad range(String min, String max) {
            this.min = min;
            this.max = max;
            return this;
        }

        @Override
        public String getName() {
            return id;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return "the " + id;
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return options;
        }

        @Override
        public String[] getOptionLabels() {
            return options;
        }

        @Override
        public String validate(String value) {
            if (min == null && max == null) {
                return null;
            }
            BigDecimal v = new BigDecimal(value);
            if (min != null && v.compareTo(new BigDecimal(min)) < 0) {
                return "Value " + value + " is less than the minimum " + min;
            }
            if (max != null && v.compareTo(new BigDecimal(max)) > 0) {
                return "Value " + value + " is greater than the maximum " + max;
            }
            return "";
        }

        @Override
        public String[] getDefaultValue() {
            return defaults;
        }
    }
}
