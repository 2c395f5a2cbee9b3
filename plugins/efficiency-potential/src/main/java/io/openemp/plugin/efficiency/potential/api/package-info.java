/**
 * Savings potential ({@code efficiency-potential.*}): the inputs and results of the rule checks that quantify
 * savings, the customer features the decision tree classifies, assessed cases and the model's description.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.potential.api;
