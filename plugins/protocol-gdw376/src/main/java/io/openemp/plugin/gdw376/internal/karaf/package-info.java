/**
 * The Karaf shell side: {@code emp:gdw376-decode}, a thin {@code @Service} action over the plugin's
 * {@link io.openemp.plugin.gdw376.api.Gdw376Service}. Listed in the bundle's {@code Karaf-Commands} header.
 */
package io.openemp.plugin.gdw376.internal.karaf;
