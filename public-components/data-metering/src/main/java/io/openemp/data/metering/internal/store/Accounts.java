package io.openemp.data.metering.internal.store;

import java.util.List;

import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Status;

/** Customer accounts, each of one customer; their organisation unit is the customer's. */
final class Accounts extends Kind<AccountEntity, CustomerAccountDraft, CustomerAccount> {

    Accounts() {
        super(Table.ACCOUNT, AccountEntity.class);
    }

    @Override
    String mridOf(CustomerAccountDraft draft) {
        return draft.mrid();
    }

    @Override
    AccountEntity newEntity() {
        return new AccountEntity();
    }

    @Override
    void fill(AccountEntity account, CustomerAccountDraft draft, Refs refs) {
        String name = Checks.text("name", draft.name(), 200);
        long customer = refs.require(Table.CUSTOMER, "customer", Checks.mrid("customer", draft.customer()));
        String billingCycle = Checks.optionalText("billingCycle", draft.billingCycle(), 32);
        account.name = name;
        account.customerId = customer;
        account.billingCycle = billingCycle;
        account.status = (draft.status() == null ? Status.ACTIVE : draft.status()).name();
    }

    @Override
    CustomerAccount toRecord(AccountEntity a, Refs refs) {
        return new CustomerAccount(a.mrid, a.name, refs.mrid(Table.CUSTOMER, a.customerId), a.billingCycle,
                Status.valueOf(a.status), a.version, a.createdAt, a.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "parent", "kind", "account", "serviceLocation", "usagePoint");
        if (filter.orgUnit() != null) {
            where.and("e.customerId IN (SELECT c.id FROM Customer c WHERE c.orgUnitId IN "
                    + "(SELECT o.id FROM OrgUnit o WHERE o.path LIKE :orgPath))", "orgPath", orgPath(refs, filter.orgUnit()));
        }
        if (filter.customer() != null) {
            where.and("e.customerId = :customer", "customer",
                    refs.require(Table.CUSTOMER, "customer", Checks.mrid("customer", filter.customer())));
        }
        if (filter.status() != null) {
            where.and("e.status = :status", "status", Checks.constant("status", Status.class, filter.status()).name());
        }
    }

    @Override
    void prefetch(List<AccountEntity> page, Refs refs) {
        refs.prefetchMrids(Table.CUSTOMER, page.stream().map(a -> a.customerId).toList());
    }

    @Override
    void prefetchDrafts(List<CustomerAccountDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.ACCOUNT, drafts.stream().map(CustomerAccountDraft::mrid).toList());
        refs.prefetchIds(Table.CUSTOMER, drafts.stream().map(CustomerAccountDraft::customer).toList());
    }
}
