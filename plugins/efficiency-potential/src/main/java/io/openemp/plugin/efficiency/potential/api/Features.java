package io.openemp.plugin.efficiency.potential.api;

/**
 * What the decision tree knows of a customer.
 *
 * @param loadFactor mean load over maximum load (0 &lt; x &le; 1)
 * @param powerFactor mean power factor (0 &lt; x &le; 1)
 * @param baseLoadShare mean load out of working hours over mean load in working hours (0..5)
 * @param intensityPercentile the customer's energy intensity ranked among its industry peers (0 best .. 100 worst)
 * @param peakShare share of the energy used in peak hours (0..1)
 */
public record Features(double loadFactor, double powerFactor, double baseLoadShare, double intensityPercentile,
        double peakShare) {
}
