package dev.augur.processor.validation;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules over a whole table: a partition key, well-numbered keys, distinct column names. */
public final class TableValidator {

  public void validate(TableModel table, Report report) {
    if (table.columns().isEmpty()) {
      report.error(table.element(), Message.NO_COLUMNS, table.entity().simpleName());
      return;
    }
    List<ColumnModel> partitionKey = keyColumns(table, Role.PARTITION_KEY);
    if (partitionKey.isEmpty()) {
      report.error(table.element(), Message.NO_PARTITION_KEY, table.entity().simpleName());
    }
    checkPositions(table, partitionKey, "partition key columns", "PartitionKey", report);
    checkPositions(
        table,
        keyColumns(table, Role.CLUSTERING_COLUMN),
        "clustering columns",
        "ClusteringColumn",
        report);

    if (table.isCounterTable()) {
      List<String> others =
          table.columns().stream()
              .filter(
                  c -> !c.role().isKey() && c.role() != Role.COUNTER && c.role() != Role.COMPUTED)
              .map(ColumnModel::property)
              .toList();
      if (!others.isEmpty()) {
        report.error(
            table.element(),
            Message.COUNTER_TABLE_MIX,
            table.entity().simpleName(),
            String.join(", ", others));
      }
    }
    if (keyColumns(table, Role.CLUSTERING_COLUMN).isEmpty()) {
      for (ColumnModel column : keyColumns(table, Role.STATIC)) {
        report.error(
            column.element(),
            Message.STATIC_WITHOUT_CLUSTERING,
            column.property(),
            table.entity().simpleName());
      }
    }
    checkDistinctNames(table, report);
  }

  /** The rules for a {@code @Udt}: fields, with distinct names. */
  public void validateUdt(TableModel udt, Report report) {
    if (udt.columns().isEmpty()) {
      report.error(udt.element(), Message.NO_COLUMNS, udt.entity().simpleName());
      return;
    }
    checkDistinctNames(udt, report);
  }

  private static void checkDistinctNames(TableModel table, Report report) {
    Map<String, ColumnModel> byName = new HashMap<>();
    for (ColumnModel column : table.columns()) {
      ColumnModel previous = byName.putIfAbsent(CqlNames.internal(column.cqlName()), column);
      if (previous != null) {
        report.error(
            column.element(),
            Message.DUPLICATE_COLUMN,
            previous.property(),
            column.property(),
            column.cqlName());
      }
    }
  }

  private static List<ColumnModel> keyColumns(TableModel table, Role role) {
    return table.columns().stream().filter(c -> c.role() == role).toList();
  }

  private static void checkPositions(
      TableModel table, List<ColumnModel> keys, String what, String annotation, Report report) {
    boolean[] seen = new boolean[keys.size()];
    boolean valid = true;
    for (ColumnModel key : keys) {
      int position = key.keyPosition();
      if (position < 0 || position >= keys.size() || seen[position]) {
        valid = false;
        break;
      }
      seen[position] = true;
    }
    if (!valid) {
      String positions =
          String.join(", ", keys.stream().map(k -> k.property() + "=" + k.keyPosition()).toList());
      report.error(
          table.element(),
          Message.KEY_POSITIONS,
          "the " + what,
          table.entity().simpleName(),
          positions,
          annotation,
          annotation);
    }
  }
}
