package dev.augur.bench.jmh;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinition;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinitions;
import com.datastax.oss.driver.internal.core.cql.DefaultRow;
import com.datastax.oss.driver.internal.core.type.codec.registry.DefaultCodecRegistry;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.response.result.ColumnSpec;
import com.datastax.oss.protocol.internal.response.result.RawType;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.Items;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows of the {@code items} table built the way the driver builds them from a response, without a
 * server: column definitions from protocol column specs, cells encoded with the driver's codecs,
 * {@link DefaultRow}s attached to a codec registry and protocol V5 (what a session negotiates with
 * Cassandra 5).
 */
final class OfflineData {
  static final ProtocolVersion VERSION = DefaultProtocolVersion.V5;

  /** A registry of its own, as each driver session has. */
  static final CodecRegistry REGISTRY = new DefaultCodecRegistry("offline");

  static final AttachmentPoint ATTACHMENT =
      new AttachmentPoint() {
        @Override
        public ProtocolVersion getProtocolVersion() {
          return VERSION;
        }

        @Override
        public CodecRegistry getCodecRegistry() {
          return REGISTRY;
        }
      };

  /** The table's columns in {@link Items#COLUMNS} order. */
  static final List<String> ALL_COLUMNS = List.of(Items.COLUMNS.split(", "));

  private record Column(RawType rawType, TypeCodec<?> codec, Function<Item, Object> value) {}

  private static final Map<String, Column> COLUMNS =
      Map.of(
          "pk",
          new Column(primitive(ProtocolConstants.DataType.INT), TypeCodecs.INT, Item::getPk),
          "ck",
          new Column(primitive(ProtocolConstants.DataType.INT), TypeCodecs.INT, Item::getCk),
          "name",
          new Column(primitive(ProtocolConstants.DataType.VARCHAR), TypeCodecs.TEXT, Item::getName),
          "price",
          new Column(
              primitive(ProtocolConstants.DataType.DECIMAL), TypeCodecs.DECIMAL, Item::getPrice),
          "active",
          new Column(
              primitive(ProtocolConstants.DataType.BOOLEAN), TypeCodecs.BOOLEAN, Item::isActive),
          "created_at",
          new Column(
              primitive(ProtocolConstants.DataType.TIMESTAMP),
              TypeCodecs.TIMESTAMP,
              Item::getCreatedAt),
          "tags",
          new Column(
              new RawType.RawSet(primitive(ProtocolConstants.DataType.VARCHAR)),
              TypeCodecs.setOf(TypeCodecs.TEXT),
              Item::getTags),
          "score",
          new Column(
              primitive(ProtocolConstants.DataType.DOUBLE), TypeCodecs.DOUBLE, Item::getScore),
          "ref",
          new Column(primitive(ProtocolConstants.DataType.UUID), TypeCodecs.UUID, Item::getRef),
          "quantity",
          new Column(
              primitive(ProtocolConstants.DataType.BIGINT), TypeCodecs.BIGINT, Item::getQuantity));

  private OfflineData() {}

  private static RawType primitive(int id) {
    return RawType.PRIMITIVES.get(id);
  }

  /** Whether {@code name} is a column of the table. */
  static boolean isColumn(String name) {
    return COLUMNS.containsKey(name);
  }

  /** Definitions of {@code names}, columns of {@code keyspace.items}, in that order. */
  static ColumnDefinitions definitions(String keyspace, List<String> names) {
    List<ColumnDefinition> definitions = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ColumnSpec spec =
          new ColumnSpec(keyspace, "items", names.get(i), i, COLUMNS.get(names.get(i)).rawType());
      definitions.add(new DefaultColumnDefinition(spec, ATTACHMENT));
    }
    return DefaultColumnDefinitions.valueOf(definitions);
  }

  /** The cells of {@code item}'s row for the columns {@code names}, encoded. */
  @SuppressWarnings("unchecked")
  static List<ByteBuffer> cells(Item item, List<String> names) {
    List<ByteBuffer> cells = new ArrayList<>(names.size());
    for (String name : names) {
      Column column = COLUMNS.get(name);
      cells.add(((TypeCodec<Object>) column.codec()).encode(column.value().apply(item), VERSION));
    }
    return cells;
  }

  /** The cells of the rows of partition {@code pk}, {@code count} rows. */
  static List<List<ByteBuffer>> partition(int pk, int count, List<String> names) {
    List<List<ByteBuffer>> rows = new ArrayList<>(count);
    for (int ck = 0; ck < count; ck++) {
      rows.add(cells(Items.item(pk, ck), names));
    }
    return rows;
  }

  /** A row as the driver's result set creates it, per row read. */
  static Row row(ColumnDefinitions definitions, List<ByteBuffer> cells) {
    return new DefaultRow(definitions, cells, ATTACHMENT);
  }
}
