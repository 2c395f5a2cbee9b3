package io.openemp.data.documents.internal;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend that commits the MVStore after every command that changed something, before
 * the reply goes out: a write the driver sees acknowledged is in the file and survives a crash of the JVM.
 * (The plain backend relies on the MVStore's background commit, which may lose the last second of writes.)
 * The file is not forced to the disk on each commit: an operating-system crash may still lose recent writes.
 */
final class CommittingH2Backend extends H2Backend {

    private final MVStore store;

    CommittingH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commitChanges();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitChanges();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        } finally {
            commitChanges();
        }
    }

    private void commitChanges() {
        if (!store.isClosed() && store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
