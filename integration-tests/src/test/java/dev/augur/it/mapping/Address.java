package dev.augur.it.mapping;

import dev.augur.annotations.Column;
import dev.augur.annotations.Udt;

/** A UDT class with setters, holding a nested UDT. */
@Udt
public class Address {
  private String street;

  @Column("town")
  private String city;

  private GeoPoint location;

  public Address() {}

  public Address(String street, String city, GeoPoint location) {
    this.street = street;
    this.city = city;
    this.location = location;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public GeoPoint getLocation() {
    return location;
  }

  public void setLocation(GeoPoint location) {
    this.location = location;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && java.util.Objects.equals(street, a.street)
        && java.util.Objects.equals(city, a.city)
        && java.util.Objects.equals(location, a.location);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(street, city, location);
  }

  @Override
  public String toString() {
    return street + ", " + city + " " + location;
  }
}
