package dev.augur.it.mapping;

import dev.augur.annotations.Enumerated;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A record with enums, UDTs (nested and in a collection), Optional, byte[] and collections. */
@Table("customers")
public record Customer(
    @PartitionKey UUID id,
    String name,
    Status status,
    @Enumerated(Enumerated.Format.ORDINAL) Tier tier,
    Address address,
    List<Address> previousAddresses,
    Optional<String> nickname,
    byte[] avatar,
    Set<String> tags,
    Map<String, Integer> scores,
    Map<Status, List<String>> notes) {

  static final String[] DDL = {
    "CREATE TYPE IF NOT EXISTS geo_point (lat double, lon double)",
    "CREATE TYPE IF NOT EXISTS address (street text, town text, location frozen<geo_point>)",
    "CREATE TABLE IF NOT EXISTS customers (id uuid PRIMARY KEY, name text, status text, tier int,"
        + " address frozen<address>, previous_addresses list<frozen<address>>, nickname text,"
        + " avatar blob, tags set<text>, scores map<text, int>,"
        + " notes map<text, frozen<list<text>>>)"
  };

  Customer withName(String newName) {
    return new Customer(
        id,
        newName,
        status,
        tier,
        address,
        previousAddresses,
        nickname,
        avatar,
        tags,
        scores,
        notes);
  }
}
