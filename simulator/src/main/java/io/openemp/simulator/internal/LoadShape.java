package io.openemp.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The load shape every meter follows: one household's minute readings over two days (UCI "Individual household
 * electric power consumption", 2007-02-01 and 02, CC BY 4.0), repeated. Energy integrals per tariff are kept as
 * prefix sums for each whole-hour phase shift, so a register at any moment costs a few additions.
 */
public final class LoadShape {

    /** Minutes in one cycle of the shape (two days). */
    public static final int MINUTES = 2880;
    /** Whole-hour phase shifts a meter can have. */
    public static final int SHIFTS = MINUTES / 60;

    private static final String RESOURCE = "/io/openemp/simulator/uci_household_power_2007-02-01_02.txt";
    private static volatile LoadShape uci;

    private final double[] active;
    private final double[] reactive;
    private final double[] voltage;
    /** [shift][kind 0 active, 1 reactive][tariff 1..4, 0 unused][minute 0..MINUTES]: kWh (kvarh) per unit of scale. */
    private final double[][][][] cumulative = new double[SHIFTS][][][];

    LoadShape(double[] active, double[] reactive, double[] voltage) {
        if (active.length != MINUTES || reactive.length != MINUTES || voltage.length != MINUTES) {
            throw new IllegalArgumentException("a load shape has " + MINUTES + " minutes");
        }
        this.active = active;
        this.reactive = reactive;
        this.voltage = voltage;
    }

    /** The UCI household shape, read once from the jar. */
    public static LoadShape uci() {
        LoadShape shape = uci;
        if (shape == null) {
            synchronized (LoadShape.class) {
                if (uci == null) {
                    try (InputStream in = LoadShape.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the load shape " + RESOURCE + " is missing from the jar");
                        }
                        uci = parse(new InputStreamReader(in, StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                shape = uci;
            }
        }
        return shape;
    }

    /**
     * The file is space separated with quoted header names; each row is: row id, Date, then the Time column
     * written as "date time", then active power (kW), reactive power (kW), voltage (V), current (A), three
     * sub-meters. Rows are one minute apart, in order.
     */
    static LoadShape parse(Reader reader) throws IOException {
        double[] active = new double[MINUTES];
        double[] reactive = new double[MINUTES];
        double[] voltage = new double[MINUTES];
        int n = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(' ').setQuote('"').setSkipHeaderRecord(false).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord row : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                if (n == MINUTES) {
                    throw new IOException("more than " + MINUTES + " rows in the load shape");
                }
                active[n] = Double.parseDouble(row.get(4));
                reactive[n] = Double.parseDouble(row.get(5));
                voltage[n] = Double.parseDouble(row.get(6));
                n++;
            }
        }
        if (n != MINUTES) {
            throw new IOException("the load shape has " + n + " rows, not " + MINUTES);
        }
        return new LoadShape(active, reactive, voltage);
    }

    /** Active power (kW) in {@code minute} of the cycle, already shifted. */
    public double active(int minute) {
        return active[minute];
    }

    public double reactive(int minute) {
        return reactive[minute];
    }

    public double voltage(int minute) {
        return voltage[minute];
    }

    /** Energy of the whole shape, kWh. */
    public double totalActive() {
        double sum = 0;
        for (double kw : active) {
            sum += kw / 60;
        }
        return sum;
    }

    /**
     * Prefix sums for a meter shifted by {@code shift} hours: [0 active, 1 reactive][tariff][m] is the energy of
     * cycle minutes 0..m-1 that fall in that tariff, per unit of scale. Cycle minute m (local, 0 = midnight) draws
     * the shape's minute (m + 60 x shift) mod MINUTES.
     */
    public double[][][] cumulative(int shift) {
        double[][][] table = cumulative[shift];
        if (table == null) {
            synchronized (cumulative) {
                table = cumulative[shift];
                if (table == null) {
                    table = new double[2][Tariffs.COUNT + 1][MINUTES + 1];
                    for (int m = 0; m < MINUTES; m++) {
                        int source = (m + 60 * shift) % MINUTES;
                        int tariff = Tariffs.of(m % 1440);
                        for (int t = 1; t <= Tariffs.COUNT; t++) {
                            double a = t == tariff ? active[source] / 60 : 0;
                            double r = t == tariff ? reactive[source] / 60 : 0;
                            table[0][t][m + 1] = table[0][t][m] + a;
                            table[1][t][m + 1] = table[1][t][m] + r;
                        }
                    }
                    cumulative[shift] = table;
                }
            }
        }
        return table;
    }
}
