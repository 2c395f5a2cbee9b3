/**
 * The Karaf shell side: {@code emp:collection-terminals}, {@code emp:collection-run} and
 * {@code emp:collection-stats}, thin {@code @Service} actions over the {@code collection} component. Listed in the
 * bundle's {@code Karaf-Commands} header.
 */
package io.openemp.plugin.collection.internal.karaf;
