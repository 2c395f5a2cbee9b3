/**
 * Karaf shell actions ({@code emp:config-get}, {@code emp:config-set}), listed in the bundle's
 * {@code Karaf-Commands} header; each calls the matching {@code system.config.*} method through the dispatcher.
 */
package io.openemp.system.internal.karaf;
