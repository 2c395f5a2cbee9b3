/**
 * The document store as components see it: {@link io.openemp.data.documents.api.DocumentStore} hands each
 * component its own MongoDB database, as the MongoDB Java driver's own
 * {@link com.mongodb.client.MongoDatabase}, and reports the store's health.
 *
 * <p>The same code runs against the embedded MongoDB-wire-compatible server (the default) and against any
 * MongoDB named by a {@code mongodb://} URI; write to the driver's API, not to either server.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.data.documents.api;
