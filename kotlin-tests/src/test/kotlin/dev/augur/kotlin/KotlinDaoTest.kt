package dev.augur.kotlin

import com.datastax.oss.driver.api.core.CqlSession
import dev.augur.runtime.AugurSession
import dev.augur.runtime.EntitySchema
import dev.augur.testkit.CassandraEndpoint
import dev.augur.testkit.CassandraExtension
import dev.augur.testkit.Keyspaces
import java.time.Instant
import java.util.UUID
import java.util.concurrent.CompletionStage
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicLong
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.extension.ExtendWith

/** Kotlin entities and DAOs, processed by kapt, against the real node. */
@ExtendWith(CassandraExtension::class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KotlinDaoTest {
  private lateinit var session: AugurSession
  private lateinit var sensors: SensorDao

  @BeforeAll
  fun schema(admin: CqlSession, endpoint: CassandraEndpoint) {
    Keyspaces.recreateSimple(admin, KEYSPACE)
    session = await(
      AugurSession.connectAsync(
        CqlSession.builder()
          .addContactPoints(endpoint.contactPoints())
          .withLocalDatacenter(endpoint.localDatacenter())
          .withConfigLoader(endpoint.driverConfigLoader())
      )
    )
    await(EntitySchema.createAsync(session, KEYSPACE, listOf(Sensor_Mapper.INSTANCE)))
    sensors = await(AugurSensorDao.create(session, KEYSPACE))
  }

  @AfterAll
  fun close() {
    await(session.closeAsync())
  }

  @Test
  fun aDataClassIsWrittenAndReadBackThroughEveryMethodForm() {
    val id = UUID.randomUUID()
    val written = Sensor(
      site = "north", id = id, name = "t-1", label = null, threshold = 21.5, readings = 3,
      installedAt = Instant.parse("2026-01-02T03:04:05Z"), tags = setOf("roof", "east"),
      notes = listOf("checked"),
    )
    await(sensors.save(written))

    assertThat(await(sensors.find("north", id))).contains(written)
    assertThat(await(sensors.findBySiteAndId("north", id))).isEqualTo(written)
    assertThat(await(sensors.bySite("north"))).containsExactly(written)
    assertThat(await(sensors.countSite("north"))).isEqualTo(1L)
    val streamed = mutableListOf<Sensor>()
    assertThat(await(sensors.streamSite("north").forEachAsync { streamed.add(it) })).isEqualTo(1L)
    assertThat(streamed).containsExactly(written)

    await(sensors.relabel("north", id, "roof sensor"))
    assertThat(await(sensors.findBySiteAndId("north", id))?.label).isEqualTo("roof sensor")
    await(sensors.relabel("north", id, null))
    assertThat(await(sensors.findBySiteAndId("north", id))).isEqualTo(written)

    await(sensors.delete(written))
    assertThat(await(sensors.findBySiteAndId("north", id))).isNull()
  }

  @Test
  fun kotlinNullableTypesAreNullableColumnsAndNullsReadBackAsNull(admin: CqlSession) {
    val id = UUID.randomUUID()
    val sparse = Sensor(
      site = "south", id = id, name = "t-2", label = null, threshold = null, readings = 0,
      installedAt = null, tags = emptySet(), notes = emptyList(),
    )
    await(sensors.save(sparse))

    val row = admin.execute(
      "SELECT label, threshold, installed_at FROM $KEYSPACE.kt_sensor WHERE site = 'south' AND id = $id"
    ).one()!!
    assertThat(row.isNull("label")).isTrue()
    assertThat(row.isNull("threshold")).isTrue()
    assertThat(row.isNull("installed_at")).isTrue()
    assertThat(await(sensors.findBySiteAndId("south", id))).isEqualTo(sparse)
  }

  @Test
  fun aNullInAColumnOfANonNullPropertyFailsTheStageNamingIt(admin: CqlSession) {
    val id = UUID.randomUUID()
    admin.execute(
      "INSERT INTO $KEYSPACE.kt_sensor (site, id, readings) VALUES ('west', $id, 1)"
    )

    val failure = failure(sensors.findBySiteAndId("west", id))
    assertThat(failure).isInstanceOf(NullPointerException::class.java).hasMessage(
      "column name is null, but Sensor.name is declared non-null; declare it nullable (a ? type"
        + " in Kotlin) to read nulls"
    )
  }

  companion object {
    private const val KEYSPACE = "it_kotlin"

    fun <T> await(stage: CompletionStage<T>): T = stage.toCompletableFuture().get(30, TimeUnit.SECONDS)

    fun failure(stage: CompletionStage<*>): Throwable {
      try {
        stage.toCompletableFuture().get(30, TimeUnit.SECONDS)
      } catch (e: ExecutionException) {
        return e.cause!!
      }
      throw AssertionError("the stage completed normally")
    }
  }
}
