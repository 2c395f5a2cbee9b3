package io.openemp.plugin.efficiency.mv.api;

/**
 * One ASHRAE Guideline 14 calibration check of the baseline model.
 *
 * @param name "cvRmse" or "nmbe", with the interval: "hourly cvRmse", "monthly nmbe"
 * @param value the model's figure, a fraction (0.12 = 12 %)
 * @param limit the largest allowed magnitude, a fraction
 * @param passed whether |value| <= limit
 */
public record Check(String name, double value, double limit, boolean passed) {
}
