package io.openemp.data.metering.internal.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores an {@link Instant} in a {@code timestamp with time zone} column (JPA 2.2 has no {@code Instant}) as an
 * {@link OffsetDateTime} in UTC, a type JPA 2.2 and both drivers know: EclipseLink binds it (a typed null too) and
 * turns what a driver returns for such a column (H2 2 an {@code OffsetDateTime}, PostgreSQL a {@code Timestamp})
 * into one.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
