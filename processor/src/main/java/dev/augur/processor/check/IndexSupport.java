package dev.augur.processor.check;

import dev.augur.processor.cql.Operator;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.IndexSchema;
import dev.augur.processor.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Which restrictions a table's secondary indexes serve, and which indexes a query can use together:
 * all storage-attached indexes of a table form one group that answers a conjunction; any other
 * index answers alone, so the rest of the restrictions must be filtered.
 */
public final class IndexSupport {
  private final TableSchema table;

  IndexSupport(TableSchema table) {
    this.table = table;
  }

  /** The groups of indexes that can serve one query together. */
  List<List<IndexSchema>> groups() {
    List<List<IndexSchema>> groups = new ArrayList<>();
    List<IndexSchema> attached =
        table.indexes().stream().filter(i -> i.kind() == IndexSchema.Kind.SAI).toList();
    if (!attached.isEmpty()) {
      groups.add(attached);
    }
    table.indexes().stream()
        .filter(i -> i.kind() != IndexSchema.Kind.SAI)
        .forEach(i -> groups.add(List.of(i)));
    return groups;
  }

  /** Whether some index of the table serves {@code restriction}. */
  boolean supported(Restriction restriction) {
    return table.indexes().stream().anyMatch(i -> serves(i, restriction));
  }

  /** Whether some index of {@code group} serves {@code restriction}. */
  static boolean supportedBy(List<IndexSchema> group, Restriction restriction) {
    return group.stream().anyMatch(i -> serves(i, restriction));
  }

  /** Whether some index of {@code table} answers {@code column operator value} on its own. */
  public static boolean indexed(TableSchema table, ColumnSchema column, Operator operator) {
    Restriction restriction = new Restriction(null, List.of(column), operator, false, false, false);
    return table.indexes().stream().anyMatch(i -> serves(i, restriction));
  }

  /** Whether {@code index} answers {@code restriction} without filtering. */
  static boolean serves(IndexSchema index, Restriction restriction) {
    if (restriction.token()
        || restriction.multi()
        || !index.column().equals(restriction.first().name())) {
      return false;
    }
    if (index.kind() == IndexSchema.Kind.CUSTOM) {
      return true;
    }
    CqlType type = restriction.first().type();
    boolean collection = TypeRules.isCollection(type) && !type.isFrozen();
    Operator operator = restriction.operator();
    if (restriction.mapEntry()) {
      return index.target() == IndexSchema.Target.ENTRIES && operator == Operator.EQ;
    }
    if (operator == Operator.CONTAINS) {
      return index.target() == IndexSchema.Target.VALUES && collection;
    }
    if (operator == Operator.CONTAINS_KEY) {
      return index.target() == IndexSchema.Target.KEYS;
    }
    if (collection || (TypeRules.isCollection(type) && index.target() != IndexSchema.Target.FULL)) {
      return false;
    }
    return switch (operator) {
      case EQ -> true;
      case LT, LTE, GT, GTE ->
          index.kind() == IndexSchema.Kind.SASI
              || (index.kind() == IndexSchema.Kind.SAI && rangeable(type));
      case LIKE -> index.kind() == IndexSchema.Kind.SASI;
      default -> false;
    };
  }

  /** Whether a storage-attached index answers ranges on values of {@code type}. */
  private static boolean rangeable(CqlType type) {
    return !(CqlType.is(type, NativeType.TEXT)
        || CqlType.is(type, NativeType.ASCII)
        || CqlType.is(type, NativeType.BOOLEAN)
        || CqlType.is(type, NativeType.BLOB)
        || !(type instanceof CqlType.Native));
  }
}
