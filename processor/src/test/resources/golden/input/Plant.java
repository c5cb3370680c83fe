package shop;

import dev.augur.annotations.Counter;
import dev.augur.annotations.Enumerated;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Udt;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A record with a UDT, a list of UDTs, enums both ways and an Optional. */
@Table
public record Plant(
    @PartitionKey UUID id,
    String name,
    Light light,
    @Enumerated(Enumerated.Format.ORDINAL) Light fallback,
    Care care,
    List<Care> history,
    Optional<String> nickname) {

  public enum Light {
    SHADE,
    SUN
  }

  /** A UDT. */
  @Udt
  public record Care(int waterEveryDays, String note) {}

  /** A counter table. */
  @Table("plant_stats")
  public record Stats(@PartitionKey UUID plantId, @Counter long waterings) {}
}
