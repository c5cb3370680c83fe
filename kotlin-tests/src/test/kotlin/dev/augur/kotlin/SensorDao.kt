package dev.augur.kotlin

import dev.augur.annotations.Dao
import dev.augur.annotations.Delete
import dev.augur.annotations.Insert
import dev.augur.annotations.Query
import dev.augur.annotations.Select
import dev.augur.runtime.RowStream
import java.util.Optional
import java.util.UUID
import java.util.concurrent.CompletionStage
import java.util.concurrent.Flow

/** A Kotlin interface as a DAO, with CRUD, a hand-written query and a derived query. */
@Dao
interface SensorDao {
  @Insert
  fun save(sensor: Sensor): CompletionStage<Void>

  @Select
  fun find(site: String, id: UUID): CompletionStage<Optional<Sensor>>

  @Select
  fun bySite(site: String): CompletionStage<List<Sensor>>

  @Select
  fun publishSite(site: String): Flow.Publisher<Sensor>

  @Query("SELECT * FROM kt_sensor WHERE site = :site")
  fun streamSite(site: String): RowStream<Sensor>

  @Query("UPDATE kt_sensor SET label = :label WHERE site = :site AND id = :id")
  fun relabel(site: String, id: UUID, label: String?): CompletionStage<Void>

  @Query("SELECT count(*) FROM kt_sensor WHERE site = :site")
  fun countSite(site: String): CompletionStage<Long>

  fun findBySiteAndId(site: String, id: UUID): CompletionStage<Sensor?>

  @Delete
  fun delete(sensor: Sensor): CompletionStage<Void>
}
