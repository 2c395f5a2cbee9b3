package io.openemp.data.readings.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The store of meter readings, for every plugin: protocol plugins append what meters send; business plugins read
 * it back raw, aggregated, latest, as gaps or as the history of one value. An OSGi service; thread-safe.
 *
 * <p>Ranges are half-open, {@code [from, to)}, and every instant must lie in [{@link #EARLIEST},
 * {@link #LATEST}). A request the store refuses because of its content throws {@link ReadingInputException}
 * naming the field; a database failure throws {@link ReadingStoreException}.
 *
 * <pre>{@code
 * AppendResult r = store.append(List.of(
 *         Reading.of("MTR-1", "energy.import.15min", Instant.parse("2026-03-01T00:15:00Z"), new BigDecimal("0.250")),
 *         Reading.of("MTR-1", "energy.import.15min", Instant.parse("2026-03-01T00:30:00Z"), new BigDecimal("0.231"))));
 * Aggregates days = store.aggregate("MTR-1", "energy.import.15min",
 *         Instant.parse("2026-02-28T16:00:00Z"), Instant.parse("2026-03-31T16:00:00Z"), AggregationPeriod.P1D);
 * }</pre>
 */
@ProviderType
public interface ReadingStore {

    /**
     * Topic on which the platform's store announces each committed batch that inserted or revised something (an Event
     * Admin event, after the commit), with counts only: {@value #EVENT_COUNT} readings in the batch,
     * {@value #EVENT_INSERTED} new and {@value #EVENT_REVISED} revised ({@code Integer}s). The readings themselves go to
     * {@link CommittedReadingsListener} services.
     */
    String STORED_TOPIC = "emp/reading/stored";

    /** Event property: how many readings the batch held, an {@code Integer}. */
    String EVENT_COUNT = "count";

    /** Event property: how many readings of the batch were new, an {@code Integer}. */
    String EVENT_INSERTED = "inserted";

    /** Event property: how many readings of the batch revised a stored value, an {@code Integer}. */
    String EVENT_REVISED = "revised";

    /** Most readings in one {@link #append} batch. */
    int MAX_BATCH = 10_000;

    /** Earliest instant the store accepts. */
    Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    /** First instant the store no longer accepts. */
    Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** Most meters in one {@link #latest} call. */
    int MAX_METERS = 1000;

    /** Most periods in one {@link #aggregate} answer. */
    int MAX_PERIODS = 100_000;

    /** Most expected readings one {@link #gaps} call examines. */
    int MAX_EXPECTED = 1_000_000;

    /** Most gaps one {@link #gaps} answer lists. */
    int MAX_GAPS = 10_000;

    /**
     * Stores a batch of at most {@link #MAX_BATCH} readings, all or nothing, and returns once its transaction
     * has committed (then the batch is durable). Idempotent per key (meter, reading type, instant): the same
     * value and flags again change nothing; another value or other flags make a new revision, and the old one is
     * kept (see {@link #history}). A key repeated within the batch must carry the same value and flags.
     *
     * @throws ReadingInputException for the first bad reading, naming its index and field
     *         ({@code readings[3].meter}); nothing of the batch is stored
     * @throws ReadingStoreException when the database fails; nothing of the batch is stored
     */
    AppendResult append(List<Reading> readings);

    /**
     * The stored readings of one meter and reading type with {@code from <= at < to}, oldest first, at most
     * {@code limit} (1 up to the configured maximum) of them; {@link Series#next()} says where the next page
     * starts.
     */
    Series query(String meter, String readingType, Instant from, Instant to, int limit);

    /**
     * The readings of one meter and reading type combined per period of the meter organisation's local calendar,
     * for every period that meets {@code [from, to)}. An interval reading stamped {@code t} counts in the period
     * where its interval lies, {@code start < t <= end}; a register or instantaneous value counts where
     * {@code start <= t < end}. A period finer than the reading type's interval is refused.
     */
    Aggregates aggregate(String meter, String readingType, Instant from, Instant to, AggregationPeriod period);

    /**
     * The latest stored reading of each of the given meters (at most {@link #MAX_METERS}) for one reading type,
     * in the order the meters were given; meters without any reading are left out.
     */
    List<Reading> latest(Collection<String> meters, String readingType);

    /**
     * The missing readings of one meter and reading type among the instants {@code from}, {@code from +
     * interval}, ... before {@code to}.
     *
     * @param interval the expected spacing; null for the reading type's interval (then required to be above 0)
     */
    GapReport gaps(String meter, String readingType, Instant from, Instant to, Duration interval);

    /** Every version of the value stored for one key, oldest first, the current one last. */
    History history(String meter, String readingType, Instant at);
}
