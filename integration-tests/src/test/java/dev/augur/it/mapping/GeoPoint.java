package dev.augur.it.mapping;

import dev.augur.annotations.Udt;

/** A UDT nested in another UDT. */
@Udt("geo_point")
public record GeoPoint(double lat, double lon) {}
