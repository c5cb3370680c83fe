package dev.augur.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.mapper.entity.saving.NullSavingStrategy;
import com.datastax.oss.driver.internal.mapper.DefaultMapperContext;
import dev.augur.annotations.NullSaving;
import dev.augur.bench.impl.ItemStore;
import dev.augur.bench.impl.RawItemStore;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.ItemHelper__MapperGenerated;
import dev.augur.bench.model.Item_Mapper;
import dev.augur.bench.model.Items;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JMH benchmarks' code, run once each so that the normal build keeps it working, and the check
 * that makes their comparison fair: the three implementations read the same entities and bind the
 * same bytes.
 */
class OfflineBenchmarksSmokeTest {
  private static final Blackhole BLACKHOLE =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is"
              + " dangerous.");

  @Test
  void everyImplementationReadsTheSameItemsOffline() {
    List<Item> partition = IntStream.range(0, 100).mapToObj(ck -> Items.item(1, ck)).toList();
    for (String impl : List.of("raw", "augur", "mapper")) {
      OfflineSession session = new OfflineSession(100, 3, 50);
      ItemStore store = ClientPathBenchmark.create(impl, session).toCompletableFuture().join();

      assertThat(store.get(7, 7).toCompletableFuture().join()).as(impl).isEqualTo(Items.item(7, 0));
      assertThat(store.partition(1).toCompletableFuture().join()).as(impl).isEqualTo(partition);
      List<Item> scanned = new ArrayList<>();
      assertThat(store.scan(scanned::add).toCompletableFuture().join()).as(impl).isEqualTo(150);
      assertThat(scanned.subList(100, 150))
          .as(impl)
          .isEqualTo(IntStream.range(0, 50).mapToObj(ck -> Items.item(2, ck)).toList());
      assertThat(store.insert(Items.item(5, 5)).toCompletableFuture().join()).isNull();
    }
  }

  @Test
  void everyImplementationBindsTheSameBytes() {
    OfflineSession session = new OfflineSession(1, 1, 1);
    PreparedStatement insert =
        session.prepare(
            SimpleStatement.newInstance(
                "INSERT INTO ks.items ("
                    + Items.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    RawItemStore raw =
        (RawItemStore) RawItemStore.create(session, "ks", "ks").toCompletableFuture().join();
    Item item = Items.item(9, 3);

    BoundStatement expected = raw.bindInsert(item);
    BoundStatementBuilder augur = insert.boundStatementBuilder();
    Item_Mapper.INSTANCE
        .writer(insert, OfflineSession.augur(session), NullSaving.DO_NOT_SET)
        .write(item, augur);
    BoundStatement mapper =
        new ItemHelper__MapperGenerated(
                new DefaultMapperContext(session, null, null, null, Map.of()))
            .set(item, insert.boundStatementBuilder(), NullSavingStrategy.DO_NOT_SET, false)
            .build();

    assertThat(augur.build().getValues()).isEqualTo(expected.getValues());
    assertThat(mapper.getValues()).isEqualTo(expected.getValues());
  }

  @Test
  void mappingBenchmarksRun() {
    MappingBenchmark benchmark = new MappingBenchmark();
    benchmark.setup();
    benchmark.readRawPositional(BLACKHOLE);
    benchmark.readRawByName(BLACKHOLE);
    benchmark.readMapper(BLACKHOLE);
    benchmark.readAugur(BLACKHOLE);
    benchmark.bindRawPositional(BLACKHOLE);
    benchmark.bindRawByName(BLACKHOLE);
    benchmark.bindMapper(BLACKHOLE);
    benchmark.bindAugur(BLACKHOLE);
  }

  @Test
  void clientPathBenchmarksRun() {
    for (String impl : List.of("raw", "augur", "mapper")) {
      ClientPathBenchmark benchmark = new ClientPathBenchmark();
      benchmark.impl = impl;
      benchmark.setup();
      benchmark.insert();
      assertThat(benchmark.get()).isEqualTo(Items.item(7, 0));
      assertThat(benchmark.partition()).asList().hasSize(ClientPathBenchmark.PARTITION_ROWS);
      assertThat(benchmark.scan(BLACKHOLE)).isEqualTo(ClientPathBenchmark.SCAN_ROWS);
    }
  }
}
