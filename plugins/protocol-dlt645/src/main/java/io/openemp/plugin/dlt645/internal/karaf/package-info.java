/**
 * The Karaf shell side: the thin {@code @Service} action of {@code emp:dlt645-decode}, listed in the bundle's
 * {@code Karaf-Commands} header.
 */
package io.openemp.plugin.dlt645.internal.karaf;
