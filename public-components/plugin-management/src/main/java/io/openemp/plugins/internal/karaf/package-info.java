/** Karaf shell actions {@code emp:plugin-*}, each calling the matching {@code plugins.*} method through the dispatcher. */
package io.openemp.plugins.internal.karaf;
