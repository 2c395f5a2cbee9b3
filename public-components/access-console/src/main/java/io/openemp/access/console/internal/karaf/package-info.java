/**
 * The Karaf shell side of the console: thin {@code @Service} actions and completers that wire the plain
 * commands of {@code io.openemp.access.console.internal} to the session (the dispatcher service, the JAAS
 * subject's user, the session's output). Listed in the bundle's {@code Karaf-Commands} header.
 */
package io.openemp.access.console.internal.karaf;
