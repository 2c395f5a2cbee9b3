/**
 * The Karaf shell side: {@code emp:alarm-list} and {@code emp:alarm-ack}, thin {@code @Service} actions over the
 * event service. Listed in the bundle's {@code Karaf-Commands} header; imported optionally.
 */
package io.openemp.event.internal.karaf;
