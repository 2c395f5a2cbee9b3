package io.openemp.bench.probes;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.openemp.rpc.api.CallAuditor;

/**
 * The write-behind variant of {@link GroupCommitAuditor}: the caller returns as soon as its entry is queued (a full
 * queue still blocks it); the writer commits batches as fast as it can. An entry is durable shortly after the answer
 * rather than before it: a crash can lose what is queued. Disabled unless enabled through
 * {@code /bench/audit?behind=true}.
 */
@Component(service = CallAuditor.class, enabled = false, property = "service.ranking:Integer=100")
public class WriteBehindAuditor extends GroupCommitAuditor {

    static final String NAME = WriteBehindAuditor.class.getName();

    @Activate
    public WriteBehindAuditor(@Reference(target = "(dataSourceName=emp)") DataSource dataSource) {
        super(dataSource, false);
    }

    @Override
    @Deactivate
    void stop() throws InterruptedException {
        super.stop();
    }
}
