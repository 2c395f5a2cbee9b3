package io.openemp.data.metering.internal.store;

/** The master-data tables as JPQL names them, with the noun messages use. */
enum Table {
    ORG_UNIT("OrgUnit", "organisation unit"),
    CUSTOMER("Customer", "customer"),
    ACCOUNT("Account", "customer account"),
    SERVICE_LOCATION("ServiceLocation", "service location"),
    USAGE_POINT("UsagePoint", "usage point"),
    METER("Meter", "meter");

    /** The entity name in JPQL. */
    final String entity;
    final String noun;

    Table(String entity, String noun) {
        this.entity = entity;
        this.noun = noun;
    }
}
