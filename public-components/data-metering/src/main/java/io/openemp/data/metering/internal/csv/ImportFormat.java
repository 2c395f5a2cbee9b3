package io.openemp.data.metering.internal.csv;

import java.util.List;
import java.util.function.Function;

import io.openemp.data.metering.api.ConnectionState;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.Status;
import io.openemp.data.metering.api.UsagePointDraft;

/**
 * The columns of each kind of import file and how a row becomes a draft. Column names are the draft's field
 * names; an empty cell is "not given".
 *
 * @param <D> the draft a row becomes
 */
public final class ImportFormat<D> {

    public static final ImportFormat<CustomerDraft> CUSTOMERS = new ImportFormat<>(
            List.of("mrid", "name", "kind", "orgUnit"), List.of("status", "phone"),
            c -> new CustomerDraft(c.text("mrid"), c.text("name"), c.constant("kind", CustomerKind.class),
                    c.text("orgUnit"), c.constant("status", Status.class), c.text("phone")));

    public static final ImportFormat<UsagePointDraft> USAGE_POINTS = new ImportFormat<>(
            List.of("mrid", "name", "orgUnit"),
            List.of("serviceLocation", "account", "connectionState", "phaseCode", "nominalVoltage", "ratedPower"),
            c -> new UsagePointDraft(c.text("mrid"), c.text("name"), c.text("orgUnit"), c.text("serviceLocation"),
                    c.text("account"), c.constant("connectionState", ConnectionState.class), c.text("phaseCode"),
                    c.decimal("nominalVoltage"), c.decimal("ratedPower")));

    public static final ImportFormat<MeterDraft> METERS = new ImportFormat<>(
            List.of("mrid", "serialNumber", "orgUnit"),
            List.of("usagePoint", "status", "ctRatio", "ptRatio", "manufacturer", "model", "commAddress", "installedAt"),
            c -> new MeterDraft(c.text("mrid"), c.text("serialNumber"), c.text("orgUnit"), c.text("usagePoint"),
                    c.constant("status", MeterStatus.class), c.decimal("ctRatio"), c.decimal("ptRatio"),
                    c.text("manufacturer"), c.text("model"), c.text("commAddress"), c.instant("installedAt")));

    private final List<String> required;
    private final List<String> optional;
    private final Function<Cells, D> mapper;

    private ImportFormat(List<String> required, List<String> optional, Function<Cells, D> mapper) {
        this.required = required;
        this.optional = optional;
        this.mapper = mapper;
    }

    /** The format of {@code kind}. */
    public static ImportFormat<?> of(ImportKind kind) {
        return switch (kind) {
            case CUSTOMERS -> CUSTOMERS;
            case USAGE_POINTS -> USAGE_POINTS;
            case METERS -> METERS;
        };
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** Reads {@code text} (header and rows) and turns every row into a draft or its problems. */
    public List<ParsedRow<D>> parse(String text, int maxRows) {
        CsvTable table = CsvTable.parse(text, required, optional, maxRows);
        return table.rows().stream().map(row -> {
            Cells cells = new Cells(row);
            D draft = mapper.apply(cells);
            return new ParsedRow<>(row.line(), row.get("mrid"), draft, List.copyOf(cells.errors()));
        }).toList();
    }
}
