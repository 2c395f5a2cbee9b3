package io.openemp.data.metering.internal.store;

import java.util.List;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Status;

/** Customers, each in an organisation unit. */
final class Customers extends Kind<CustomerEntity, CustomerDraft, Customer> {

    Customers() {
        super(Table.CUSTOMER, CustomerEntity.class);
    }

    @Override
    String mridOf(CustomerDraft draft) {
        return draft.mrid();
    }

    @Override
    CustomerEntity newEntity() {
        return new CustomerEntity();
    }

    @Override
    void fill(CustomerEntity customer, CustomerDraft draft, Refs refs) {
        String name = Checks.text("name", draft.name(), 200);
        CustomerKind kind = Checks.required("kind", draft.kind());
        long orgUnit = refs.require(Table.ORG_UNIT, "orgUnit", Checks.mrid("orgUnit", draft.orgUnit()));
        String phone = Checks.phone("phone", draft.phone());
        customer.name = name;
        customer.kind = kind.name();
        customer.orgUnitId = orgUnit;
        customer.status = (draft.status() == null ? Status.ACTIVE : draft.status()).name();
        customer.phone = phone;
    }

    @Override
    Customer toRecord(CustomerEntity c, Refs refs) {
        return new Customer(c.mrid, c.name, CustomerKind.valueOf(c.kind), refs.mrid(Table.ORG_UNIT, c.orgUnitId),
                Status.valueOf(c.status), c.phone, c.version, c.createdAt, c.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "parent", "customer", "account", "serviceLocation", "usagePoint");
        if (filter.orgUnit() != null) {
            subtree(where, "e.orgUnitId", refs, filter.orgUnit());
        }
        if (filter.kind() != null) {
            where.and("e.kind = :kind", "kind", Checks.constant("kind", CustomerKind.class, filter.kind()).name());
        }
        if (filter.status() != null) {
            where.and("e.status = :status", "status", Checks.constant("status", Status.class, filter.status()).name());
        }
    }

    @Override
    void prefetch(List<CustomerEntity> page, Refs refs) {
        refs.prefetchMrids(Table.ORG_UNIT, page.stream().map(c -> c.orgUnitId).toList());
    }

    @Override
    void prefetchDrafts(List<CustomerDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.CUSTOMER, drafts.stream().map(CustomerDraft::mrid).toList());
        refs.prefetchIds(Table.ORG_UNIT, drafts.stream().map(CustomerDraft::orgUnit).toList());
    }
}
