package io.openemp.plugin.efficiency.potential.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.BaseLoadInput;
import io.openemp.plugin.efficiency.potential.api.PeakShiftInput;
import io.openemp.plugin.efficiency.potential.api.PowerFactorInput;

/**
 * Makes the starter set {@code src/main/resources/starter/potential-cases.csv} from the ETT transformer series of
 * ../shared/data, exactly as README.md ("The starter set") describes. {@code StarterSetTest} checks that the shipped
 * file is what this produces; run {@link #main} to write it again after a change.
 */
final class StarterSetGenerator {

    /** Hours per window: one week. */
    static final int WINDOW = 7 * 24;
    /** Most hours of a window whose useful load is not above 0 (they count as 0); more and the window is left out. */
    static final int MAX_BAD_HOURS = 3;
    static final String[][] LEVELS = {{"HUFL", "HULL"}, {"MUFL", "MULL"}, {"LUFL", "LULL"}};
    static final String[] FILES = {"ETTh1", "ETTh2"};
    static final BigDecimal FLAT_PRICE = new BigDecimal("0.65");
    static final BigDecimal PEAK_PRICE = new BigDecimal("1.00");
    static final BigDecimal VALLEY_PRICE = new BigDecimal("0.35");
    static final double BASE_TARGET_SHARE = 0.9;
    /** Savings share of the yearly cost: below LOW_BELOW is LOW, from HIGH_FROM on HIGH, MEDIUM between. */
    static final double LOW_BELOW = 0.10;
    static final double HIGH_FROM = 0.18;
    static final long INTENSITY_SEED = 20261125L;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StarterSetGenerator() {
    }

    /** One window of one load level of one transformer: its features and the savings share the checks find. */
    record Profile(String id, double loadFactor, double powerFactor, double baseLoadShare, double intensityPercentile,
            double peakShare, double savingsShare, String potential) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../../../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/starter/potential-cases.csv");
        Files.writeString(out, csv(profiles(data)), StandardCharsets.UTF_8);
    }

    static List<Profile> profiles(Path data) throws IOException, RpcException {
        Random intensity = new Random(INTENSITY_SEED);
        List<Profile> out = new ArrayList<>();
        for (String file : FILES) {
            List<CSVRecord> rows;
            try (Reader r = Files.newBufferedReader(data.resolve("ettdataset/" + file + ".csv"), StandardCharsets.UTF_8)) {
                rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
            }
            for (String[] level : LEVELS) {
                for (int w = 0; (w + 1) * WINDOW <= rows.size(); w++) {
                    // Drawn for every window, kept or not, so that a change of the skip rule moves no other case.
                    double percentile = intensity.nextInt(101);
                    Profile p = profile(String.format(Locale.ROOT, "%s-%s-w%03d", file, level[0], w),
                            rows.subList(w * WINDOW, (w + 1) * WINDOW), level[0], level[1], percentile);
                    if (p != null) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /** The window's features and label; null when more than {@link #MAX_BAD_HOURS} hours have no useful load above 0. */
    static Profile profile(String id, List<CSVRecord> rows, String useful, String useless, double percentile)
            throws RpcException {
        ProfileCalculator profile = new ProfileCalculator();
        int bad = 0;
        for (CSVRecord r : rows) {
            double p = Double.parseDouble(r.get(useful));
            if (!(p > 0)) {
                p = 0;
                if (++bad > MAX_BAD_HOURS) {
                    return null;
                }
            }
            profile.add(LocalDateTime.parse(r.get("date"), STAMP), p, Double.parseDouble(r.get(useless)));
        }
        double mean = profile.mean();
        double loadFactor = profile.loadFactor();
        double powerFactor = profile.powerFactor();
        double workingMean = profile.workingMean();
        double baseMean = profile.baseMean();
        double baseShare = profile.baseLoadShare();
        double peakShare = profile.peakShare();

        // The rule checks on a year of this profile (the series' unit taken as MW: kW = 1000 x).
        double kw = mean * 1000;
        double yearKwh = kw * 8760;
        BigDecimal yearCost = BigDecimal.valueOf(yearKwh).multiply(FLAT_PRICE);
        BigDecimal pf = PowerFactorCheck.run(new PowerFactorInput(kw, powerFactor, 0.95,
                yearCost.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64), null, null)).savingsPerYear();
        BigDecimal shift = PeakShiftCheck.run(new PeakShiftInput(peakShare * yearKwh, 0.1 + 0.3 * (1 - loadFactor),
                PEAK_PRICE, VALLEY_PRICE, 1.0)).savingsPerYear();
        BigDecimal baseLoad = BaseLoadCheck.run(new BaseLoadInput(workingMean * 1000, baseMean * 1000, BASE_TARGET_SHARE,
                null, FLAT_PRICE)).savingsPerYear();
        double intensityBonus = Math.max(0, percentile - 50) / 50 * 0.05;
        double share = (pf.max(BigDecimal.ZERO).add(shift.max(BigDecimal.ZERO)).add(baseLoad)).doubleValue()
                / yearCost.doubleValue() + intensityBonus;
        String potential = share < LOW_BELOW ? "LOW" : share < HIGH_FROM ? "MEDIUM" : "HIGH";
        return new Profile(id, round(loadFactor), round(powerFactor), round(baseShare), percentile, round(peakShare),
                share, potential);
    }

    static String csv(List<Profile> profiles) {
        StringBuilder s = new StringBuilder();
        s.append("# Starter set of efficiency-potential: synthetic cases made by StarterSetGenerator (src/test) from the\n")
                .append("# ETT transformer series (ETDataset, CC BY-ND 4.0, github.com/zhouhaoyi/ETDataset) in one-week windows;\n")
                .append("# labels from the plugin's rule checks, not from an energy audit. See README.md, \"The starter set\".\n")
                .append("id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential,source\n");
        for (Profile p : profiles) {
            s.append(p.id()).append(',').append(p.loadFactor()).append(',').append(p.powerFactor()).append(',')
                    .append(p.baseLoadShare()).append(',').append((int) p.intensityPercentile()).append(',')
                    .append(p.peakShare()).append(',').append(p.potential()).append(",starter\n");
        }
        return s.toString();
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
