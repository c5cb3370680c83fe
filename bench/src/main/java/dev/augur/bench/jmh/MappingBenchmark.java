package dev.augur.bench.jmh;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.datastax.oss.driver.api.mapper.entity.saving.NullSavingStrategy;
import com.datastax.oss.driver.internal.mapper.DefaultMapperContext;
import dev.augur.annotations.NullSaving;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.ItemHelper__MapperGenerated;
import dev.augur.bench.model.Item_Mapper;
import dev.augur.bench.model.Items;
import dev.augur.runtime.EntityMapper;
import dev.augur.runtime.RowMapping;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Row mapping and statement binding of the ten-column {@link Item}, without a network: the same
 * rows (built as the driver builds them from a response) read, and the same entities bound, four
 * ways. One operation is one row read, or one entity bound into a {@code BoundStatement}.
 *
 * <ul>
 *   <li>{@code rawPositional}: hand-written, {@code row.getInt(0)}, {@code setInt(0, ..)}, the
 *       {@code GenericType} of the set made once;
 *   <li>{@code rawByName}: hand-written, {@code row.getInt("pk")}, {@code setInt("pk", ..)};
 *   <li>{@code mapper}: the driver mapper's generated entity helper ({@code get}, {@code set}),
 *       which works by name;
 *   <li>{@code augur}: Augur's generated mapper, indexes and codecs resolved once per statement.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {
  static final int ROWS = 100;
  private static final GenericType<Set<String>> SET_OF_TEXT = GenericType.setOf(String.class);

  private List<Row> rows;
  private Item[] items;
  private PreparedStatement insert;
  private RowMapping.Decoder<Item> augurReader;
  private EntityMapper.Writer<Item> augurWriter;
  private ItemHelper__MapperGenerated mapperHelper;

  @Setup
  public void setup() {
    OfflineSession session = new OfflineSession(ROWS, 1, ROWS);
    ColumnDefinitions columns = OfflineData.definitions("bench", OfflineData.ALL_COLUMNS);
    rows =
        OfflineData.partition(3, ROWS, OfflineData.ALL_COLUMNS).stream()
            .map(cells -> OfflineData.row(columns, cells))
            .toList();
    items = new Item[ROWS];
    for (int i = 0; i < ROWS; i++) {
      items[i] = Items.item(4, i);
    }
    insert =
        session.prepare(
            SimpleStatement.newInstance(
                "INSERT INTO bench.items ("
                    + Items.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    augurReader = Item_Mapper.INSTANCE.bind(columns, OfflineData.REGISTRY, OfflineData.VERSION);
    augurWriter =
        Item_Mapper.INSTANCE.writer(insert, OfflineSession.augur(session), NullSaving.DO_NOT_SET);
    mapperHelper =
        new ItemHelper__MapperGenerated(
            new DefaultMapperContext(session, null, null, null, Map.of()));
  }

  // Reading

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void readRawPositional(Blackhole bh) {
    for (Row row : rows) {
      bh.consume(
          new Item(
              row.getInt(0),
              row.getInt(1),
              row.getString(2),
              row.getBigDecimal(3),
              row.getBoolean(4),
              row.getInstant(5),
              row.get(6, SET_OF_TEXT),
              row.getDouble(7),
              row.getUuid(8),
              row.getLong(9)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void readRawByName(Blackhole bh) {
    for (Row row : rows) {
      bh.consume(
          new Item(
              row.getInt("pk"),
              row.getInt("ck"),
              row.getString("name"),
              row.getBigDecimal("price"),
              row.getBoolean("active"),
              row.getInstant("created_at"),
              row.get("tags", SET_OF_TEXT),
              row.getDouble("score"),
              row.getUuid("ref"),
              row.getLong("quantity")));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void readMapper(Blackhole bh) {
    for (Row row : rows) {
      bh.consume(mapperHelper.get(row, false));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void readAugur(Blackhole bh) {
    for (Row row : rows) {
      bh.consume(augurReader.decode(row));
    }
  }

  // Binding

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void bindRawPositional(Blackhole bh) {
    for (Item item : items) {
      bh.consume(
          insert
              .boundStatementBuilder()
              .setInt(0, item.getPk())
              .setInt(1, item.getCk())
              .setString(2, item.getName())
              .setBigDecimal(3, item.getPrice())
              .setBoolean(4, item.isActive())
              .setInstant(5, item.getCreatedAt())
              .set(6, item.getTags(), SET_OF_TEXT)
              .setDouble(7, item.getScore())
              .setUuid(8, item.getRef())
              .setLong(9, item.getQuantity())
              .build());
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void bindRawByName(Blackhole bh) {
    for (Item item : items) {
      bh.consume(
          insert
              .boundStatementBuilder()
              .setInt("pk", item.getPk())
              .setInt("ck", item.getCk())
              .setString("name", item.getName())
              .setBigDecimal("price", item.getPrice())
              .setBoolean("active", item.isActive())
              .setInstant("created_at", item.getCreatedAt())
              .set("tags", item.getTags(), SET_OF_TEXT)
              .setDouble("score", item.getScore())
              .setUuid("ref", item.getRef())
              .setLong("quantity", item.getQuantity())
              .build());
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void bindMapper(Blackhole bh) {
    for (Item item : items) {
      bh.consume(
          mapperHelper
              .set(item, insert.boundStatementBuilder(), NullSavingStrategy.DO_NOT_SET, false)
              .build());
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void bindAugur(Blackhole bh) {
    for (Item item : items) {
      BoundStatementBuilder builder = insert.boundStatementBuilder();
      augurWriter.write(item, builder);
      bh.consume(builder.build());
    }
  }
}
