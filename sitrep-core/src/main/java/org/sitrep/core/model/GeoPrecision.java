package org.sitrep.core.model;

/** How precisely a place is located: from an exact point down to a whole country. */
public enum GeoPrecision {
    POINT, TOWN, DISTRICT, PROVINCE, COUNTRY;

    public String label() {
        return name().toLowerCase();
    }
}
