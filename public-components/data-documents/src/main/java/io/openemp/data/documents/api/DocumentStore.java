package io.openemp.data.documents.api;

import org.osgi.annotation.versioning.ProviderType;

import com.mongodb.client.MongoDatabase;

/**
 * The platform's document store, an OSGi service. Each component asks for its own database by its component
 * id and works with the MongoDB driver's API directly: collections, indexes, queries, bulk writes.
 *
 * <pre>{@code
 * @Reference DocumentStore documents;
 *
 * MongoCollection<Document> trail = documents.database("vee").getCollection("edit-audit");
 * trail.createIndex(Indexes.ascending("meter", "at"));
 * trail.insertOne(new Document("meter", "M-17").append("at", Instant.now()).append("change", change));
 * }</pre>
 *
 * <p>The database belongs to the store's current client: a component holds the store by a static reference,
 * so that it is restarted when the store is reconfigured (another URI), and does not close anything itself.
 */
@ProviderType
public interface DocumentStore {

    /** Pattern every component id must match (the same as an RPC component id). */
    String COMPONENT_ID_PATTERN = "[a-z][a-z0-9-]*";

    /** Prefix of every database name the store hands out. */
    String DATABASE_PREFIX = "emp_";

    /** Longest component id: MongoDB database names are limited to 63 bytes, prefix included. */
    int MAX_COMPONENT_ID_LENGTH = 59;

    /**
     * The database of component {@code componentId}, named by {@link #databaseName(String)}. Cheap: call it
     * whenever needed. Operations on it fail with the driver's exceptions (a {@code MongoTimeoutException}
     * when no server answers); {@link #health()} says why.
     *
     * @throws IllegalArgumentException if the id does not match {@link #COMPONENT_ID_PATTERN} or is too long
     * @throws IllegalStateException if the store could not start (bad configuration); the message says why
     */
    MongoDatabase database(String componentId);

    /** Whether the server answers now, which server it is, and how the store has been used; never throws. */
    DocumentStoreHealth health();

    /**
     * The database name of a component: {@value #DATABASE_PREFIX} and the id with {@code -} turned into
     * {@code _} ({@code vee-audit} is {@code emp_vee_audit}). Distinct ids give distinct names, since an id
     * has no {@code _}.
     *
     * @throws IllegalArgumentException if the id does not match {@link #COMPONENT_ID_PATTERN} or is too long
     */
    static String databaseName(String componentId) {
        if (!validId(componentId)) {
            throw new IllegalArgumentException("component id '" + componentId + "' must match " + COMPONENT_ID_PATTERN);
        }
        if (componentId.length() > MAX_COMPONENT_ID_LENGTH) {
            throw new IllegalArgumentException("component id '" + componentId + "' is longer than "
                    + MAX_COMPONENT_ID_LENGTH + " characters");
        }
        return DATABASE_PREFIX + componentId.replace('-', '_');
    }

    private static boolean validId(String id) {
        if (id == null || id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
            return false;
        }
        return id.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }
}
