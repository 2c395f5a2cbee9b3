package io.openemp.data.metering.api;

/**
 * The levels of the organisation-unit scope tree, from the top. A unit's parent is of a higher level (a smaller
 * ordinal): a station may sit under a county, a city or a province.
 */
public enum OrgUnitKind {
    PROVINCE,
    CITY,
    COUNTY,
    STATION
}
