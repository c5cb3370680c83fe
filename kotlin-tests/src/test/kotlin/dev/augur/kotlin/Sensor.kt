package dev.augur.kotlin

import dev.augur.annotations.ClusteringColumn
import dev.augur.annotations.Column
import dev.augur.annotations.PartitionKey
import dev.augur.annotations.Table
import java.time.Instant
import java.util.UUID

/** A Kotlin data class as an entity: `String?` and `Double?` are nullable columns. */
@Table("kt_sensor")
data class Sensor(
  @PartitionKey val site: String,
  @ClusteringColumn val id: UUID,
  val name: String,
  val label: String?,
  val threshold: Double?,
  val readings: Int,
  @Column("installed_at") val installedAt: Instant?,
  val tags: Set<String>,
  val notes: List<String>,
)
