package io.openemp.data.metering.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportRecord;
import io.openemp.data.metering.api.Page;
import io.openemp.data.metering.api.RowError;

/**
 * Import records in the document store: database of component {@code metering}, collection
 * {@value #COLLECTION}, one document per import, indexed by time and by user and time. Registered only while the
 * document store runs; the import itself never depends on it.
 */
@Component(service = ImportReports.class)
public class DocumentImportReports implements ImportReports {

    static final String COMPONENT = "metering";
    static final String COLLECTION = "import-reports";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentImportReports.class);

    private final DocumentStore documents;

    @Activate
    public DocumentImportReports(@Reference DocumentStore documents) {
        this.documents = documents;
        try {
            collection().createIndex(Indexes.descending("at"));
            collection().createIndex(Indexes.compoundIndex(Indexes.ascending("user"), Indexes.descending("at")));
        } catch (MongoException | IllegalStateException e) {
            LOG.warn("Cannot index the import records now ({}); lists stay correct, only slower", e.getMessage());
        }
    }

    private MongoCollection<Document> collection() {
        return documents.database(COMPONENT).getCollection(COLLECTION);
    }

    @Override
    public String add(ImportRecord r) {
        List<Document> errors = new ArrayList<>(r.errors().size());
        for (RowError e : r.errors()) {
            errors.add(new Document("line", e.line()).append("mrid", e.mrid()).append("field", e.field())
                    .append("reason", e.reason()));
        }
        ObjectId id = new ObjectId();
        collection().insertOne(new Document("_id", id).append("user", r.user()).append("at", Date.from(r.at()))
                .append("fileName", r.fileName()).append("kind", r.kind().name()).append("dryRun", r.dryRun())
                .append("acceptGoodRows", r.acceptGoodRows()).append("rows", r.rows()).append("goodRows", r.goodRows())
                .append("badRows", r.badRows()).append("stored", r.stored()).append("goodRowsTaken", r.goodRowsTaken())
                .append("refusal", r.refusal()).append("errors", errors).append("errorsOmitted", r.errorsOmitted()));
        return id.toHexString();
    }

    @Override
    public Page<ImportRecord> list(String user, int offset, int limit) {
        Bson filter = user == null ? new Document() : Filters.eq("user", user);
        long total = collection().countDocuments(filter);
        List<ImportRecord> items = new ArrayList<>();
        for (Document d : collection().find(filter).sort(Sorts.descending("at", "_id")).skip(offset).limit(limit)) {
            items.add(record(d));
        }
        return new Page<>(items, total, offset, limit);
    }

    private static ImportRecord record(Document d) {
        List<RowError> errors = new ArrayList<>();
        for (Document e : d.getList("errors", Document.class, List.of())) {
            errors.add(new RowError(((Number) e.get("line")).longValue(), e.getString("mrid"), e.getString("field"),
                    e.getString("reason")));
        }
        Date at = d.getDate("at");
        return new ImportRecord(d.getObjectId("_id").toHexString(), d.getString("user"),
                at == null ? Instant.EPOCH : at.toInstant(), d.getString("fileName"), ImportKind.valueOf(d.getString("kind")),
                d.getBoolean("dryRun", false), d.getBoolean("acceptGoodRows", false), d.getInteger("rows", 0),
                d.getInteger("goodRows", 0), d.getInteger("badRows", 0), d.getInteger("stored", 0),
                d.getBoolean("goodRowsTaken", false), d.getString("refusal"), errors, d.getInteger("errorsOmitted", 0));
    }
}
