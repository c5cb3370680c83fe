package dev.augur.it.schema;

import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.Map;

/** A table with secondary indexes: legacy, storage-attached, and on the keys of a map. */
@Table("members")
public record Member(
    @PartitionKey int id,
    @Indexed String email,
    @Indexed(using = "sai") int age,
    @Indexed(target = Indexed.Target.KEYS) Map<String, String> attributes) {}
